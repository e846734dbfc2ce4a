package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Extracted definitions on disk: {@code <folder>/<name>.asl.json}, the {@code paths.extracted} cache. */
public final class ExtractedFiles {
    private ExtractedFiles() {}

    public static Path fileFor(Path folder, String name) {
        return folder.resolve(name + ".asl.json");
    }

    /**
     * Writes the definition as pretty JSON and returns the file. Written to a temporary file first, so a run
     * that reads the cache at the same moment never sees half a definition.
     */
    public static Path write(Path folder, String name, JsonNode definition) {
        Path file = fileFor(folder, name);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, name, ".tmp");
            Files.writeString(temporary, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(definition)
                    + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserInputException("sfn-test: cannot write the extracted definition " + file + ": "
                    + e.getMessage(), e);
        }
        return file;
    }

    /** Whether {@code file} exists and no source is newer (a missing source counts as newer). */
    public static boolean isFresh(Path file, List<Path> sources) {
        try {
            var written = Files.getLastModifiedTime(file);
            for (Path source : sources) {
                if (Files.getLastModifiedTime(source).compareTo(written) > 0) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
