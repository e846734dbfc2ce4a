package dev.sfntest.cli.suite;

import dev.sfntest.cli.yaml.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One of {@code parallelExpectations:}. */
public record ParallelExpectation(String state, Optional<Integer> branchCount, Optional<BranchPaths> branchPaths,
                                  Location location) {

    /** {@code branchPaths: {pathMatching?, 0: [...], 1: [...]}}: expected paths by branch index. */
    public record BranchPaths(Optional<PathMatching> pathMatching, Map<Integer, List<String>> branches) {}
}
