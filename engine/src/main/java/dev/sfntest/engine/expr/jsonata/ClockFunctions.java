package dev.sfntest.engine.expr.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata.JFunction;
import dev.sfntest.engine.expr.EvaluationContext;

/**
 * JSONata's {@code $now()} and {@code $millis()} on the execution's virtual clock instead of the real one, so that
 * after a Wait of a day they read a day later, as they would on AWS, and a test's result does not depend on when it
 * runs. The clock does not move while one expression is evaluated, so every call in it returns the same instant,
 * as JSONata specifies. Formatting ({@code $now(picture, timezone)}) is the library's own {@code $fromMillis}.
 */
final class ClockFunctions {
    private ClockFunctions() {}

    static JFunction now(EvaluationContext ctx) {
        return new JFunction((input, args) -> Functions.dateTimeFromMillis(ctx.clock().getAsLong(),
                (String) AwsFunction.arg(args, 0), (String) AwsFunction.arg(args, 1)), "<s?s?:s>");
    }

    static JFunction millis(EvaluationContext ctx) {
        return new JFunction((input, args) -> ctx.clock().getAsLong(), "<:n>");
    }
}
