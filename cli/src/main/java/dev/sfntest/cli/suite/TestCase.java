package dev.sfntest.cli.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.config.ExecutionContextSpec;
import dev.sfntest.cli.mock.MockSpec;
import dev.sfntest.cli.yaml.Location;
import java.util.List;
import java.util.Optional;

/**
 * One of {@code testCases:}.
 *
 * @param expectedOutput   empty when not given ({@code expectedOutput: null} is a NullNode expectation)
 * @param executionContext the case's own values only; merge with {@link ExecutionContextSpec#merge}
 * @param location         where the case starts in the suite file (for reports)
 */
public record TestCase(String name, Optional<String> description, JsonNode input, Optional<JsonNode> expectedOutput,
                       Optional<ExpectedPath> expectedPath, Optional<ExpectedError> expectedError,
                       ExecutionContextSpec executionContext, Optional<Long> timeoutMillis, boolean skip,
                       boolean only, List<MockSpec> mockOverrides, List<StateExpectation> stateExpectations,
                       List<MapExpectation> mapExpectations, List<ParallelExpectation> parallelExpectations,
                       Location location) {

    public TestCase {
        mockOverrides = List.copyOf(mockOverrides);
        stateExpectations = List.copyOf(stateExpectations);
        mapExpectations = List.copyOf(mapExpectations);
        parallelExpectations = List.copyOf(parallelExpectations);
    }
}
