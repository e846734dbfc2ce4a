package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/** {@code States.ArrayLength(array)}: the number of items. Recorded: corpus test_array.test_array_length. */
final class ArrayLengthFunction implements IntrinsicFunction {
    @Override public String name() { return "States.ArrayLength"; }
    @Override public int minArguments() { return 1; }
    @Override public int maxArguments() { return 1; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        return Json.NODES.numberNode(ArgumentChecks.array(args, 0, "array").size());
    }
}
