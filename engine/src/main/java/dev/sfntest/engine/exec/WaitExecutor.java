package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.model.WaitState;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Wait: moves the virtual clock forward by Seconds or to Timestamp; never sleeps. */
final class WaitExecutor {
    private WaitExecutor() {}

    static StepResult execute(WaitState state, StateRun run) {
        JsonNode effective = StateData.effectiveInput(run);
        EvaluationContext ctx = run.context(effective);
        if (state.seconds() != null) {
            run.scope.clock.advance(seconds(state.seconds(), ctx) * 1000L);
        } else {
            run.scope.clock.advanceTo(timestamp(state.timestamp(), ctx));
        }
        var assigned = StateData.assign(state.common().assign(), ctx);
        JsonNode output = state.common().isJsonata() ? StateData.jsonataOutput(run, run.input)
                : StateData.select(state.common().outputPath(), effective, run);
        return new StepResult(output, run.next(), assigned);
    }

    private static long seconds(ValueSource source, EvaluationContext ctx) {
        JsonNode v = source.evaluate(ctx);
        String path = source instanceof ValueSource.Path p ? p.path().text() : null;
        if (v == null) {
            if (path != null) throw Causes.secondsPathMissing(path);
            throw StatesException.inState(StatesErrors.RUNTIME, "The Seconds field did not evaluate to a value.");
        }
        if (!v.isNumber() || !isWhole(v.decimalValue())) {
            if (path != null) throw Causes.secondsPathNotLong(path, v);
            throw StatesException.inState(StatesErrors.RUNTIME, "The Seconds field must be a non-negative integer, but was: " + v);
        }
        long seconds = v.asLong();
        if (seconds < 0) {
            if (path != null) throw Causes.secondsPathNegative(path, v);
            throw StatesException.inState(StatesErrors.RUNTIME, "The Seconds field must be a non-negative integer, but was: " + v);
        }
        return seconds;
    }

    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static long timestamp(ValueSource source, EvaluationContext ctx) {
        JsonNode v = source.evaluate(ctx);
        String path = source instanceof ValueSource.Path p ? p.path().text() : null;
        if (v == null) {
            throw StatesException.inState(StatesErrors.RUNTIME, "The TimestampPath parameter does not reference an input value: " + path);
        }
        try {
            return OffsetDateTime.parse(v.asText()).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            String field = path != null ? "TimestampPath" : "Timestamp";
            throw StatesException.inState(StatesErrors.RUNTIME, "The " + field + " parameter does not reference a valid ISO-8601 extended offset date-time format string: "
                    + (path != null ? path + " == " : "") + v.asText());
        }
    }
}
