package dev.sfntest.engine.expr.jsonata;

import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/** {@code $uuid()}: a version 4 UUID from the execution's seeded {@code RandomSource}. */
final class UuidFunction implements AwsFunction {
    @Override public String name() { return "uuid"; }

    @Override public String signature() { return "<:s>"; }

    @Override
    public Object apply(List<?> args, EvaluationContext ctx) {
        return ctx.random().uuid().toString();
    }
}
