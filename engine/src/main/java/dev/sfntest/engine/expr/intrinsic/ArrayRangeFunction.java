package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code States.ArrayRange(first, last, step)}: first, first+step, ... up to and including last when it lands on
 * it. AWS guide, input validation: all three integers, step non-zero, at most 1000 items.
 * Recorded on AWS (LocalStack test_array.py::test_array_range): (0,9,3) → [0,3,6,9], (0,10,3) → [0,3,6,9],
 * (1,9,9) → [1], (1,9,2) → [1,3,5,7,9].
 */
final class ArrayRangeFunction implements IntrinsicFunction {
    static final int MAX_ITEMS = 1000;

    @Override public String name() { return "States.ArrayRange"; }
    @Override public int minArguments() { return 3; }
    @Override public int maxArguments() { return 3; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        int first = ArgumentChecks.integer(args, 0, "first");
        int last = ArgumentChecks.integer(args, 1, "last");
        int step = ArgumentChecks.integer(args, 2, "step");
        if (step == 0) {
            throw new IntrinsicArgumentException("argument 3 (step) must not be 0");
        }
        long count = (step > 0 ? first > last : first < last) ? 0 : ((long) last - first) / step + 1;
        if (count > MAX_ITEMS) {
            throw new IntrinsicArgumentException("the range would have " + count + " items; at most " + MAX_ITEMS
                    + " are allowed");
        }
        ArrayNode out = Json.NODES.arrayNode((int) count);
        for (long i = 0, v = first; i < count; i++, v += step) {
            out.add((int) v);
        }
        return out;
    }
}
