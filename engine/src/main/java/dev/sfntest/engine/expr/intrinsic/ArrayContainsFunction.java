package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/** {@code States.ArrayContains(array, value)}: true when an item equals the value (deep, by value). */
final class ArrayContainsFunction implements IntrinsicFunction {
    @Override public String name() { return "States.ArrayContains"; }
    @Override public int minArguments() { return 2; }
    @Override public int maxArguments() { return 2; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        ArrayNode array = ArgumentChecks.array(args, 0, "array");
        for (JsonNode item : array) {
            if (JsonValues.same(item, args[1])) return BooleanNode.TRUE;
        }
        return BooleanNode.FALSE;
    }
}
