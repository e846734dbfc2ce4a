package dev.sfntest.cli.suite;

import java.util.List;

/**
 * {@code expectedPath}: one list of state names, or a list of lists that must all hold.
 *
 * @param paths        the lists (exactly one when {@code listOfLists} is false)
 * @param listOfLists  whether it was written as a list of lists
 */
public record ExpectedPath(List<List<String>> paths, boolean listOfLists) {
    public ExpectedPath {
        paths = paths.stream().map(List::copyOf).toList();
    }
}
