package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code States.MathAdd(a, b)}: the sum of the two numbers, each first rounded to the nearest integer with halves
 * going up (recorded on AWS: 1.49+1.5 = 3, 1.5+1.51 = 4, -1.49+-1.5 = -2, -1.5+-1.51 = -3; LocalStack snapshot
 * test_math_operations.snapshot.json::test_math_add). Arguments must lie in the Java int range (AWS guide).
 */
final class MathAddFunction implements IntrinsicFunction {
    @Override public String name() { return "States.MathAdd"; }
    @Override public int minArguments() { return 2; }
    @Override public int maxArguments() { return 2; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        long sum = (long) ArgumentChecks.roundedInteger(args, 0, "first number")
                + ArgumentChecks.roundedInteger(args, 1, "second number");
        return sum == (int) sum ? Json.NODES.numberNode((int) sum) : Json.NODES.numberNode(sum);
    }
}
