package dev.sfntest.cli.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.yaml.Location;
import java.util.Map;
import java.util.Optional;

/**
 * One of {@code stateExpectations:}.
 *
 * @param state     a state name or a path into iterations: {@code Map[2]}, {@code Map[2].Inner}, {@code Map.2.Inner}
 * @param variables workflow variables after the state ran; empty map when not given
 */
public record StateExpectation(String state, Optional<JsonNode> input, Optional<JsonNode> output,
                               Optional<Matching> outputMatching, Optional<Map<String, JsonNode>> variables,
                               Location location) {}
