package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.Run;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.time.VirtualClock;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Inline Map: runs the ItemProcessor once per item, in index order (deterministic), each iteration on its own
 * virtual timeline; MaxConcurrency decides when each may start. The first failing iteration fails the state and
 * no later iteration starts.
 */
final class MapExecutor {

    StepResult execute(MapState state, StateRun run) {
        return ErrorHandling.run(run, state.resilience(), () -> attempt(state, run));
    }

    private StepResult attempt(MapState state, StateRun run) {
        JsonNode effective = StateData.effectiveInput(run);
        JsonNode items = MapItems.items(state, run, effective);
        int concurrency = MapItems.maxConcurrency(state, run, effective);
        History history = run.history();
        history.add("MapStateStarted", run.now(), null, null, null, null, null, items.size(), null);
        ArrayNode results = Json.NODES.arrayNode(items.size());
        Slots slots = new Slots(concurrency, run.now());
        long end = run.now();
        StatesException failure = null;
        for (int i = 0; i < items.size(); i++) {
            JsonNode input = MapItems.iterationInput(state, run, effective, i, items.get(i));
            VirtualClock clock = new VirtualClock(Instant.ofEpochMilli(slots.nextStart()));
            history.add("MapIterationStarted", clock.millis(), run.name(), null, null, null, null, i, null);
            Run iteration = run.interpreter.runGraph(state.processor(), input,
                    run.scope.nested(run.name() + "[" + i + "]", clock), null);
            run.runs.add(iteration);
            slots.finished(clock.millis());
            end = Math.max(end, clock.millis());
            if (!iteration.succeeded()) {
                history.add("MapIterationFailed", clock.millis(), run.name(), null, null, null, null, i, null);
                failure = StatesException.of(iteration.error(), iteration.cause());
                break;
            }
            history.add("MapIterationSucceeded", clock.millis(), run.name(), null, null, null, null, i, null);
            results.add(iteration.output());
        }
        run.scope.clock.advanceTo(end);
        if (failure != null) {
            history.add("MapStateFailed", run.now(), null, null, null, failure.error(), failure.cause(), null, null);
            throw failure;
        }
        history.add("MapStateSucceeded", run.now(), null, null);
        return finish(state, run, results);
    }

    /** ResultSelector/ResultPath/OutputPath or JSONata Output over the results, plus Assign. */
    static StepResult finish(MapState state, StateRun run, JsonNode results) {
        return StateData.complete(run, state.resultSelector(), state.resultPath(), results);
    }

    /** Start times under MaxConcurrency: an iteration starts when one of the N slots is free (0 = no limit). */
    static final class Slots {
        private final int size;
        private final long start;
        private final PriorityQueue<Long> busyUntil = new PriorityQueue<>();

        Slots(int size, long start) {
            this.size = size;
            this.start = start;
        }

        long nextStart() {
            if (size == 0 || busyUntil.size() < size) return start;
            return Math.max(start, busyUntil.poll());
        }

        void finished(long at) {
            if (size > 0) busyUntil.add(at);
        }
    }
}
