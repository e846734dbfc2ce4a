package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/** {@code States.Array(values...)}: the values as an array, in order; {@code States.Array()} is {@code []}. */
final class ArrayFunction implements IntrinsicFunction {
    @Override public String name() { return "States.Array"; }
    @Override public int minArguments() { return 0; }
    @Override public int maxArguments() { return Integer.MAX_VALUE; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        ArrayNode out = Json.NODES.arrayNode(args.length);
        for (JsonNode arg : args) out.add(arg);
        return out;
    }
}
