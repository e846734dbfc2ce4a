package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;
import java.util.Random;

/**
 * {@code States.MathRandom(start, end[, seed])}: a random integer with start ≤ n < end.
 *
 * <p>Non-integer bounds are rounded like MathAdd's (AWS accepted 12.5 and 44.51: corpus
 * test_math_operations.test_math_random; the value itself is not recorded). Without a seed the number comes from
 * the execution's seeded {@code ctx.random()}, so test runs repeat; with a seed it comes from
 * {@code java.util.Random(seed)}, the same seed giving the same number, as AWS promises for the seed argument.
 */
final class MathRandomFunction implements IntrinsicFunction {
    @Override public String name() { return "States.MathRandom"; }
    @Override public int minArguments() { return 2; }
    @Override public int maxArguments() { return 3; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        int start = ArgumentChecks.roundedInteger(args, 0, "start");
        int end = ArgumentChecks.roundedInteger(args, 1, "end");
        if (end <= start) {
            throw new IntrinsicArgumentException("argument 2 (end) must be greater than argument 1 (start), but "
                    + end + " <= " + start);
        }
        long bound = (long) end - start;
        long offset;
        if (args.length == 3) {
            Random seeded = new Random(ArgumentChecks.integer(args, 2, "seed"));
            offset = bound <= Integer.MAX_VALUE ? seeded.nextInt((int) bound) : (long) (seeded.nextDouble() * bound);
        } else {
            offset = bound <= Integer.MAX_VALUE ? ctx.random().nextInt((int) bound)
                    : (long) (ctx.random().nextDouble() * bound);
        }
        return Json.NODES.numberNode((int) (start + offset));
    }
}
