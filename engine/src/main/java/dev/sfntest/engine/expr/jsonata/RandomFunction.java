package dev.sfntest.engine.expr.jsonata;

import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;
import java.util.Random;

/**
 * {@code $random()} / {@code $random(seed)}: a double in [0, 1). With a seed it is
 * {@code new java.util.Random(seed).nextDouble()} as on AWS (seed 42 gives 0.7275636800328681,
 * AWS-BEHAVIOURS.md point 6); without one it comes from the execution's seeded {@code RandomSource}.
 */
final class RandomFunction implements AwsFunction {
    @Override public String name() { return "random"; }

    @Override public String signature() { return "<n?:n>"; }

    @Override
    public Object apply(List<?> args, EvaluationContext ctx) {
        Object seed = AwsFunction.arg(args, 0);
        if (seed == null) return ctx.random().nextDouble();
        return new Random(((Number) seed).longValue()).nextDouble();
    }
}
