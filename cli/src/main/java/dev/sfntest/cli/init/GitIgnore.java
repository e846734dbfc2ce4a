package dev.sfntest.cli.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps sfn-test's work folder ({@code .sfn-test/}: extracted definitions, coverage) out of version control. */
final class GitIgnore {
    private static final String ENTRY = ".sfn-test/";

    private GitIgnore() {}

    /** Adds the entry unless the file already has it; returns whether the file changed. */
    static boolean addWorkFolder(Path root) throws IOException {
        Path file = root.resolve(".gitignore");
        String existing = Files.exists(file) ? Files.readString(file) : "";
        if (existing.lines().anyMatch(l -> l.strip().equals(ENTRY) || l.strip().equals("/" + ENTRY))) return false;
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        Files.writeString(file, existing + separator + "# sfn-test work folder\n" + ENTRY + "\n");
        return true;
    }
}
