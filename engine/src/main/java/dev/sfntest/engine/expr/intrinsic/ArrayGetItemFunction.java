package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/**
 * {@code States.ArrayGetItem(array, index)}: the item at a zero-based index, which must be a non-negative
 * integer inside the array. Recorded: corpus test_array.test_array_get_item ([1..9], 5 → 6).
 */
final class ArrayGetItemFunction implements IntrinsicFunction {
    @Override public String name() { return "States.ArrayGetItem"; }
    @Override public int minArguments() { return 2; }
    @Override public int maxArguments() { return 2; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        ArrayNode array = ArgumentChecks.array(args, 0, "array");
        int index = ArgumentChecks.integer(args, 1, "index");
        if (index < 0) {
            throw new IntrinsicArgumentException("argument 2 (index) must not be negative, but was " + index);
        }
        if (index >= array.size()) {
            throw new IntrinsicArgumentException("index " + index + " is out of bounds for an array of "
                    + array.size() + " items");
        }
        return array.get(index);
    }
}
