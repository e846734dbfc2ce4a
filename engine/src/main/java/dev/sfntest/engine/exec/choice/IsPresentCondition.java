package dev.sfntest.engine.exec.choice;

import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;

/**
 * {@code "IsPresent": true|false}: whether {@code Variable} selects anything. The one data test for which a missing
 * path is not an error (ASL spec, Choice State: "no exception is thrown and the Choice Rule just returns false").
 * A JSON {@code null} counts as present (corpus {@code test_is_operators.test_is_present--01}).
 */
record IsPresentCondition(JsonPathExpression variable, boolean expected) implements Condition {
    @Override
    public boolean evaluate(EvaluationContext ctx) {
        return (variable.read(ctx) != null) == expected;
    }
}
