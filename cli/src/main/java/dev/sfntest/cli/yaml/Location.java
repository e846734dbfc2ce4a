package dev.sfntest.cli.yaml;

import java.nio.file.Path;

/**
 * A place in a user's file: 1-based line and column, as editors count them. Line 0 means "the file as a whole"
 * (for example a file that cannot be opened).
 */
public record Location(Path file, int line, int column) {

    /** The file as a whole, with no line. */
    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    /** {@code suite.yaml:14:5}, or just the file name when there is no line. */
    public String render() {
        return line > 0 ? file + ":" + line + ":" + column : String.valueOf(file);
    }

    @Override
    public String toString() {
        return render();
    }
}
