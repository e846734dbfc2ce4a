package dev.sfntest.cli.junit;

import java.util.List;

/**
 * What a passing case did, for reports.
 *
 * @param path     the top-level states entered
 * @param warnings e.g. tasks that ran without a mock
 */
public record CaseOutcome(List<String> path, List<String> warnings) {

    /** States shown at each end of a long path: a runaway loop enters 12,500 states, no one reads them all. */
    static final int PATH_ENDS = 10;

    /**
     * The path as {@code A → B → C}; a path longer than 2 × {@value #PATH_ENDS} states shows its first and last
     * {@value #PATH_ENDS} with the number left out between them.
     */
    public static String describePath(List<String> path) {
        if (path.size() <= 2 * PATH_ENDS) return String.join(" → ", path);
        return String.join(" → ", path.subList(0, PATH_ENDS)) + " → … " + (path.size() - 2 * PATH_ENDS)
                + " more states … → " + String.join(" → ", path.subList(path.size() - PATH_ENDS, path.size()))
                + " (" + path.size() + " states)";
    }
}
