package dev.sfntest.engine.exec.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;

/**
 * A data-test expression: {@code "Variable": "<path>"} plus one operator other than {@code IsPresent}.
 *
 * <p>A {@code Variable} that selects nothing fails the execution with {@code States.Runtime} rather than making the
 * rule false (AWS guide, Choice state example note; {@link ChoiceCauses#invalidPath}).
 */
record DataTestCondition(JsonPathExpression variable, DataTest test) implements Condition {
    @Override
    public boolean evaluate(EvaluationContext ctx) {
        JsonNode value = variable.read(ctx);
        if (value == null) throw ChoiceCauses.invalidPath(variable.text());
        return test.test(value, ctx);
    }
}
