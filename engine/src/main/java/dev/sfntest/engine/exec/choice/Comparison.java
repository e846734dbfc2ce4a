package dev.sfntest.engine.exec.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;

/**
 * A comparison operator such as {@code NumericLessThan} or {@code TimestampEqualsPath}.
 *
 * <p>Exactly one of {@code literal} (already converted by {@link ComparisonType#key}, once, at load time) and
 * {@code operandPath} (a {@code …Path} operator) is non-null. The operand path is read before the types are
 * checked, so an operand path that selects nothing is a {@code States.Runtime} error even when the variable has the
 * wrong type.
 */
record Comparison(ComparisonType type, Relation relation, Object literal, JsonPathExpression operandPath)
        implements DataTest {

    @Override
    public boolean test(JsonNode value, EvaluationContext ctx) {
        Object right = literal;
        if (operandPath != null) {
            JsonNode operand = operandPath.read(ctx);
            if (operand == null) throw ChoiceCauses.invalidPath(operandPath.text());
            right = type.key(operand);
        }
        Object left = type.key(value);
        return left != null && right != null && relation.holds(type.compare(left, right));
    }
}
