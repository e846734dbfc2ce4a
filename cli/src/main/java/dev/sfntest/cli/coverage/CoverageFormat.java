package dev.sfntest.cli.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code --cov text|json|html}: where the coverage of a run goes. */
public enum CoverageFormat {
    /** A summary printed after the test report. */
    TEXT,
    /** {@code coverage.json} in the coverage folder. */
    JSON,
    /** {@code coverage.html} in the coverage folder (the TypeScript tool's name for it). */
    HTML;

    public static Optional<CoverageFormat> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the coverage: as text to {@code console}, or as a file in {@code folder} (created if needed), whose
     * path is then printed to {@code console}.
     */
    public void write(List<MachineCoverage> machines, Path folder, PrintWriter console) throws IOException {
        if (this == TEXT) {
            console.print(TextCoverageReport.render(machines));
            console.flush();
            return;
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(this == JSON ? "coverage.json" : "coverage.html");
        Files.writeString(file, this == JSON ? json(machines) : HtmlCoverageReport.render(machines));
        console.println("coverage: " + file);
        console.flush();
    }

    private static String json(List<MachineCoverage> machines) throws JsonProcessingException {
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(JsonCoverageReport.render(machines)) + "\n";
    }
}
