package dev.sfntest.cli.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The escape hatch for Choice states: a fixed mock on a Choice state whose response holds {@code Next: State}
 * forces that transition; without {@code Next} the Choice is evaluated normally.
 */
public final class ChoiceOverrides {
    private final MockSet mocks;

    public ChoiceOverrides(MockSet mocks) {
        this.mocks = mocks;
    }

    /** The state to go to from Choice state {@code stateName}, when a mock forces one. */
    public Optional<String> nextFor(String stateName) {
        return mocks.forState(stateName)
                .filter(MockSpec.Fixed.class::isInstance)
                .map(m -> ((MockSpec.Fixed) m).response())
                .filter(JsonNode::isObject)
                .map(r -> r.get("Next"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
    }
}
