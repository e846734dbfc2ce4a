package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.Run;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.ParallelState;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.time.VirtualClock;
import java.util.List;

/**
 * Parallel: every branch runs on the same input, on its own virtual timeline starting now; the state ends when
 * the slowest branch ends. Output is the branch outputs in branch order; the first failing branch (in branch
 * order) fails the state with its error, as on AWS.
 */
final class ParallelExecutor {

    StepResult execute(ParallelState state, StateRun run) {
        return ErrorHandling.run(run, state.resilience(), () -> attempt(state, run));
    }

    private StepResult attempt(ParallelState state, StateRun run) {
        JsonNode effective = StateData.effectiveInput(run);
        EvaluationContext ctx = run.context(effective);
        JsonNode branchInput = state.parameters() == null ? effective : state.parameters().evaluate(ctx);
        History history = run.history();
        history.add("ParallelStateStarted", run.now(), null, null);
        ArrayNode results = Json.NODES.arrayNode(state.branches().size());
        long start = run.now();
        long end = start;
        List<StateMachine> branches = state.branches();
        StatesException failure = null;
        for (int i = 0; i < branches.size(); i++) {
            VirtualClock branchClock = new VirtualClock(java.time.Instant.ofEpochMilli(start));
            Run branch = run.interpreter.runGraph(branches.get(i), branchInput,
                    run.scope.nested(run.name() + "[" + i + "]", branchClock), null);
            run.runs.add(branch);
            end = Math.max(end, branchClock.millis());
            if (!branch.succeeded()) {
                failure = StatesException.of(branch.error(), branch.cause());
                break;
            }
            results.add(branch.output());
        }
        run.scope.clock.advanceTo(end);
        if (failure != null) {
            history.add("ParallelStateFailed", run.now(), null, null, null, failure.error(), failure.cause(), null, null);
            throw failure;
        }
        history.add("ParallelStateSucceeded", run.now(), null, null);
        return StateData.complete(run, state.resultSelector(), state.resultPath(), results);
    }
}
