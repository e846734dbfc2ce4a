package dev.sfntest.cli.yaml;

import java.nio.file.Path;

/**
 * One thing wrong with a user's file.
 *
 * @param file       the file as the user named it (or as it was resolved)
 * @param line       1-based line, or 0 when the problem concerns the whole file
 * @param column     1-based column, or 0
 * @param keyPath    where in the document, e.g. {@code testCases[0].expectedOuput}; empty for the whole document
 * @param message    what is wrong, a sentence without a final period
 * @param suggestion how to fix it, e.g. {@code did you mean 'expectedOutput'?}, or null
 */
public record Problem(Path file, int line, int column, String keyPath, String message, String suggestion) {

    public static Problem at(Location location, String keyPath, String message, String suggestion) {
        return new Problem(location.file(), location.line(), location.column(), keyPath, message, suggestion);
    }

    public static Problem at(Location location, String keyPath, String message) {
        return at(location, keyPath, message, null);
    }

    public Location location() {
        return new Location(file, line, column);
    }

    /** {@code suite.yaml:14:5: unknown key 'expectedOuput' in testCases[0]; did you mean 'expectedOutput'?} */
    public String render() {
        return location().render() + ": " + message + (suggestion == null ? "" : "; " + suggestion);
    }
}
