package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.JsonPathDataFlow;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.model.FailState;

/**
 * Fail: ends the (sub-)workflow with its Error and Cause (literal, path or JSONata). Either may be absent: the
 * execution still fails, with no error name (see {@link dev.sfntest.engine.Run#failed()}). An ErrorPath/CausePath
 * that finds nothing is a {@code States.Runtime} error.
 */
final class FailExecutor {
    private FailExecutor() {}

    static StepResult execute(FailState state, StateRun run) {
        EvaluationContext ctx = run.context(run.input);
        throw StatesException.of(text(state.error(), ctx), text(state.cause(), ctx));
    }

    private static String text(ValueSource source, EvaluationContext ctx) {
        if (source == null) return null;
        JsonNode v = source instanceof ValueSource.Path p
                ? JsonPathDataFlow.readRequiredField(p.path(), p.field(), ctx) : source.evaluate(ctx);
        if (v == null || v.isNull()) return null;
        return v.isTextual() ? v.asText() : v.toString();
    }
}
