package dev.sfntest.cli.mock;

import com.fasterxml.jackson.databind.JsonNode;

/** What one mocked call does: return a value or fail with an error. */
public sealed interface MockOutcome {
    record Respond(JsonNode response) implements MockOutcome {}

    record Fail(MockError error) implements MockOutcome {}
}
