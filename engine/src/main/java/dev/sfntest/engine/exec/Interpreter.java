package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.HistoryEvent;
import dev.sfntest.engine.Run;
import dev.sfntest.engine.StateVisit;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.model.ChoiceState;
import dev.sfntest.engine.model.FailState;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.model.ParallelState;
import dev.sfntest.engine.model.PassState;
import dev.sfntest.engine.model.State;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.model.SucceedState;
import dev.sfntest.engine.model.TaskState;
import dev.sfntest.engine.model.WaitState;
import dev.sfntest.engine.time.VirtualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs state machines: the state loop, history, limits and the hand-off to one executor per state type.
 * Stateless itself; everything mutable lives in {@link Execution} and {@link Scope}.
 */
public final class Interpreter {
    private final TaskExecutor tasks = new TaskExecutor();
    private final MapExecutor maps = new MapExecutor();
    private final DistributedMapExecutor distributedMaps = new DistributedMapExecutor();
    private final ParallelExecutor parallels = new ParallelExecutor();

    /** Runs one execution to its end. Never throws for workflow errors: they are a FAILED result. */
    public ExecutionResult execute(StateMachine machine, ExecutionRequest request) {
        Execution execution = Execution.top(request);
        VirtualClock clock = new VirtualClock(request.context().startTime());
        Run run = runExecution(machine, execution, clock);
        return result(run, execution, clock);
    }

    /** Runs a whole execution (top-level or Distributed Map child), recording its start and end events. */
    Run runExecution(StateMachine machine, Execution execution, VirtualClock clock) {
        History history = execution.history;
        history.add("ExecutionStarted", clock.millis(), null, execution.input);
        Scope scope = new Scope(execution, new VariableScope(null), clock, "");
        Long deadline = machine.timeoutSeconds() == null ? null : clock.millis() + machine.timeoutSeconds() * 1000L;
        Run run = runGraph(machine, execution.input, scope, deadline);
        if (run.succeeded()) {
            history.close("ExecutionSucceeded", clock.millis(), run.output(), null, null);
        } else if (StatesErrors.TIMEOUT.equals(run.error()) && deadline != null && clock.millis() >= deadline) {
            history.close("ExecutionTimedOut", clock.millis(), null, run.error(), run.cause());
        } else {
            history.close("ExecutionFailed", clock.millis(), null, run.error(), run.cause());
        }
        return run;
    }

    private static ExecutionResult result(Run run, Execution execution, VirtualClock clock) {
        List<HistoryEvent> events = execution.history.events();
        ExecutionResult.Status status = run.succeeded() ? ExecutionResult.Status.SUCCEEDED
                : events.get(events.size() - 1).type().equals("ExecutionTimedOut") ? ExecutionResult.Status.TIMED_OUT
                : ExecutionResult.Status.FAILED;
        return new ExecutionResult(status, run.output(), run.error(), run.cause(), run.visits(), events,
                Instant.ofEpochMilli(execution.startMillis), clock.now());
    }

    /** Runs states from StartAt until one ends the (sub-)workflow or fails without a Catch. */
    Run runGraph(StateMachine graph, JsonNode input, Scope scope, Long deadline) {
        List<StateVisit> visits = new ArrayList<>();
        String current = graph.startAt();
        JsonNode data = input;
        History history = scope.execution.history;
        int maxPayload = scope.execution.request.maxPayloadBytes();
        while (true) {
            State state = graph.state(current);
            String type = state.common().type();
            long entered;
            try {
                entered = history.add(type + "StateEntered", scope.clock.millis(), state.name(), data);
            } catch (StatesException limit) {
                return Run.failure(visits, limit.error(), limit.cause());
            }
            StateRun run = new StateRun(this, scope, state, data, entered, scope.clock.millis());
            StepResult step;
            try {
                step = execute(state, run);
                if (PayloadSize.exceeds(step.output(), maxPayload)) throw Causes.dataLimit(state.name());
                VariableScope.checkLimits(state.name(), step.assigned());
                if (deadline != null && scope.clock.millis() > deadline) {
                    throw StatesException.of(StatesErrors.TIMEOUT, "");
                }
                if (!(state instanceof FailState)) {
                    history.add(type + "StateExited", scope.clock.millis(), state.name(), step.output(), null, null,
                            null, null, step.assigned());
                }
            } catch (StatesException e) {
                StatesException located = e.withStatePrefix(state.name(), entered);
                visits.add(new StateVisit(state.name(), type, data, null, null, true, located.error(), located.cause(),
                        List.copyOf(run.runs)));
                return Run.failure(visits, located.error(), located.cause());
            }
            if (step.assigned() != null) scope.variables.assign(step.assigned());
            visits.add(new StateVisit(state.name(), type, data, step.output(), step.assigned(), false, null, null,
                    run.runs.isEmpty() ? List.of() : List.copyOf(run.runs)));
            if (step.next() == null) return Run.success(visits, step.output());
            current = step.next();
            data = step.output();
        }
    }

    private StepResult execute(State state, StateRun run) {
        if (state instanceof PassState p) return PassExecutor.execute(p, run);
        if (state instanceof TaskState t) return tasks.execute(t, run);
        if (state instanceof ChoiceState c) return ChoiceExecutor.execute(c, run);
        if (state instanceof WaitState w) return WaitExecutor.execute(w, run);
        if (state instanceof SucceedState) return SucceedExecutor.execute(run);
        if (state instanceof FailState f) return FailExecutor.execute(f, run);
        if (state instanceof ParallelState p) return parallels.execute(p, run);
        if (state instanceof MapState m) return m.distributed() ? distributedMaps.execute(m, run) : maps.execute(m, run);
        throw new IllegalStateException("unknown state type " + state);
    }

}
