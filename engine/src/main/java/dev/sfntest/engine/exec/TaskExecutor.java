package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.JsonPathDataFlow;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.TaskState;
import dev.sfntest.engine.spi.TaskInvocation;
import dev.sfntest.engine.spi.TaskOutcome;

/**
 * Task: evaluates the parameters, calls the {@link dev.sfntest.engine.spi.TaskInvoker}, applies timeouts on the
 * virtual clock, and shapes the result. Retry/Catch wrap every attempt.
 */
final class TaskExecutor {
    private static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999L;
    private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    StepResult execute(TaskState state, StateRun run) {
        return ErrorHandling.run(run, state.resilience(), () -> attempt(state, run));
    }

    private StepResult attempt(TaskState state, StateRun run) {
        JsonNode effective = StateData.effectiveInput(run);
        EvaluationContext ctx = run.context(effective);
        JsonNode parameters = state.parameters() == null ? effective : state.parameters().evaluate(ctx);
        if (state.credentials() != null) state.credentials().evaluate(ctx);
        long timeout = seconds(state.timeoutSeconds(), ctx, DEFAULT_TIMEOUT_SECONDS);
        long heartbeat = seconds(state.heartbeatSeconds(), ctx, Long.MAX_VALUE / 1000);

        boolean lambda = state.resource() != null && state.resource().startsWith("arn:aws:lambda:");
        String prefix = lambda ? "LambdaFunction" : "Task";
        History history = run.history();
        history.add(prefix + "Scheduled", run.now(), null, parameters, state.resource(), null, null, null, null);
        history.add(prefix + "Started", run.now(), null, null);
        TaskOutcome outcome = run.scope.execution.request.taskInvoker().invoke(new TaskInvocation(state.name(),
                run.statePath, state.resource(), parameters, run.contextObjectSupplier(), run.retryCount));
        long limit = Math.min(timeout, heartbeat) * 1000L;
        if (outcome.durationMillis() > limit) {
            run.scope.clock.advance(limit);
            history.add(prefix + "TimedOut", run.now(), null, null, null, StatesErrors.TIMEOUT, null, null, null);
            throw heartbeat < timeout ? Causes.heartbeatTimedOut() : Causes.taskTimedOut();
        }
        run.scope.clock.advance(outcome.durationMillis());
        if (outcome instanceof TaskOutcome.Failure f) {
            history.add(prefix + "Failed", run.now(), null, null, null, f.error(), f.cause(), null, null);
            throw StatesException.of(f.error(), f.cause());
        }
        JsonNode result = ((TaskOutcome.Success) outcome).result();
        if (LAMBDA_INVOKE.equals(state.resource()) || lambda) raiseFunctionError(result, history, run, prefix);
        history.add(prefix + "Succeeded", run.now(), null, result);
        return StateData.complete(run, state.resultSelector(), state.resultPath(), result);
    }

    /**
     * A Lambda response carrying FunctionError is the function's failure: Error = the payload's errorType,
     * Cause = the error payload as JSON (AWS-BEHAVIOURS.md #8).
     */
    private static void raiseFunctionError(JsonNode result, History history, StateRun run, String prefix) {
        if (result == null || !result.isObject() || !result.hasNonNull("FunctionError")) return;
        JsonNode payload = result.get("Payload");
        String error = payload != null && payload.hasNonNull("errorType") ? payload.get("errorType").asText()
                : result.get("FunctionError").asText();
        String cause = payload == null ? null : payload.isTextual() ? payload.asText() : Json.write(payload);
        history.add(prefix + "Failed", run.now(), null, null, null, error, cause, null, null);
        throw StatesException.of(error, cause);
    }

    private static long seconds(ValueSource source, EvaluationContext ctx, long fallback) {
        if (source == null) return fallback;
        JsonNode v = source instanceof ValueSource.Path p ? JsonPathDataFlow.readRequired(p.path(), ctx) : source.evaluate(ctx);
        if (v == null || !v.canConvertToLong() || v.asLong() <= 0) {
            throw StatesException.inState(StatesErrors.RUNTIME, "The " + source.field()
                    + " value must be a positive integer, but was: " + (v == null ? "null" : Json.write(v)));
        }
        return v.asLong();
    }
}
