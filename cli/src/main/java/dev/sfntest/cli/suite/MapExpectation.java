package dev.sfntest.cli.suite;

import dev.sfntest.cli.yaml.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One of {@code mapExpectations:}. */
public record MapExpectation(String state, Optional<Integer> iterationCount, Optional<IterationPaths> iterationPaths,
                             Location location) {

    /**
     * {@code iterationPaths:}.
     *
     * @param all     the path every iteration takes
     * @param samples paths of given iterations, by index
     */
    public record IterationPaths(Optional<PathMatching> pathMatching, Optional<List<String>> all,
                                 Map<Integer, List<String>> samples) {}
}
