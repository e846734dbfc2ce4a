package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.model.Catcher;
import dev.sfntest.engine.model.Resilience;
import dev.sfntest.engine.model.Retrier;
import java.util.List;
import java.util.function.Supplier;

/**
 * Retry and Catch for Task, Parallel and Map states, the one place where workflow errors are handled.
 * See https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
final class ErrorHandling {
    private ErrorHandling() {}

    /** Runs {@code attempt} until it succeeds, a retrier gives up, or a catcher takes the error. */
    static StepResult run(StateRun run, Resilience resilience, Supplier<StepResult> attempt) {
        List<Retrier> retriers = resilience.retriers();
        int[] attempts = new int[retriers.size()];
        while (true) {
            try {
                return attempt.get();
            } catch (StatesException raw) {
                StatesException e = raw.withStatePrefix(run.name(), run.enteredEventId);
                int r = firstMatching(retriers, e.error());
                if (r >= 0 && attempts[r] < retriers.get(r).maxAttempts()) {
                    run.scope.clock.advance(delayMillis(retriers.get(r), attempts[r], run));
                    attempts[r]++;
                    run.retryCount++;
                    // A retried Map/Parallel runs all its iterations/branches again; the state's visit shows the
                    // runs of the attempt that decided its outcome (corpus states_variables/test_error_output
                    // .test_parallel_catch_error.PARALLEL_CATCH_ERROR_OUTPUT_WITH_RETRY: one branch).
                    run.runs.clear();
                    continue;
                }
                for (Catcher catcher : resilience.catchers()) {
                    if (matches(catcher.errorEquals(), e.error())) return caught(run, catcher, e);
                }
                throw e;
            }
        }
    }

    /** Interval × BackoffRate^n, capped by MaxDelaySeconds, with FULL jitter drawing from [0, delay]. */
    static long delayMillis(Retrier retrier, int attempt, StateRun run) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt);
        if (retrier.maxDelaySeconds() != null) seconds = Math.min(seconds, retrier.maxDelaySeconds());
        if (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL) {
            seconds = seconds * run.scope.execution.random.nextDouble();
        }
        return Math.round(seconds * 1000);
    }

    private static StepResult caught(StateRun run, Catcher catcher, StatesException e) {
        ObjectNode errorOutput = StateData.errorOutput(e);
        if (run.state.common().isJsonata()) {
            EvaluationContext ctx = run.context(run.input).withErrorOutput(errorOutput);
            JsonNode output = catcher.output() == null ? errorOutput : catcher.output().evaluate(ctx);
            return new StepResult(output, catcher.next(), StateData.assign(catcher.assign(), ctx));
        }
        ObjectNode assigned = StateData.assign(catcher.assign(), run.context(errorOutput));
        JsonNode output = catcher.resultPath() == null ? errorOutput : catcher.resultPath().apply(run.input, errorOutput);
        return new StepResult(output, catcher.next(), assigned);
    }

    static int firstMatching(List<Retrier> retriers, String error) {
        for (int i = 0; i < retriers.size(); i++) {
            if (matches(retriers.get(i).errorEquals(), error)) return i;
        }
        return -1;
    }

    /**
     * AWS's matching: a name matches itself; States.ALL matches everything but the terminal errors;
     * States.TaskFailed matches everything except States.Timeout (and the terminal errors).
     */
    static boolean matches(List<String> errorEquals, String error) {
        for (String name : errorEquals) {
            if (name.equals(error)) return true;
            if (StatesErrors.isTerminal(error)) continue;
            if (name.equals(StatesErrors.ALL)) return true;
            if (name.equals(StatesErrors.TASK_FAILED) && !StatesErrors.TIMEOUT.equals(error)) return true;
        }
        return false;
    }
}
