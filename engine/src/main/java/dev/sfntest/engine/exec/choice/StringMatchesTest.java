package dev.sfntest.engine.exec.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;

/** {@code StringMatches}: a string value matched against a precompiled {@link WildcardPattern}; non-strings never match. */
record StringMatchesTest(WildcardPattern pattern) implements DataTest {
    @Override
    public boolean test(JsonNode value, EvaluationContext ctx) {
        return value.isTextual() && pattern.matches(value.textValue());
    }
}
