package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code States.ArrayUnique(array)}: the items without repeats, keeping each first occurrence in order;
 * values compare by value (1 equals 1.0, field order does not matter). */
final class ArrayUniqueFunction implements IntrinsicFunction {
    @Override public String name() { return "States.ArrayUnique"; }
    @Override public int minArguments() { return 1; }
    @Override public int maxArguments() { return 1; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        ArrayNode array = ArgumentChecks.array(args, 0, "array");
        ArrayNode out = Json.NODES.arrayNode();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : array) {
            if (seen.add(JsonValues.key(item))) out.add(item);
        }
        return out;
    }
}
