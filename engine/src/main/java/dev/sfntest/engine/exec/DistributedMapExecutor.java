package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.Run;
import dev.sfntest.engine.StateVisit;
import dev.sfntest.engine.dataflow.JsonPathDataFlow;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.map.CloseableIterator;
import dev.sfntest.engine.map.FailureTolerance;
import dev.sfntest.engine.map.ItemBatcher;
import dev.sfntest.engine.model.ItemBatcherSpec;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.time.VirtualClock;
import java.time.Instant;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.map.ChildResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Distributed Map: a Map Run whose iterations (or batches) are child workflow executions, each with its own
 * context object and history and none of the parent's variables, as on AWS. Items stream from the ItemReader
 * through ItemSelector and ItemBatcher, so a million rows never sit in memory at once. Children start in index
 * order (deterministic); MaxConcurrency only shapes the virtual timeline.
 */
final class DistributedMapExecutor {

    StepResult execute(MapState state, StateRun run) {
        return ErrorHandling.run(run, state.resilience(), () -> attempt(state, run));
    }

    private StepResult attempt(MapState state, StateRun run) {
        JsonNode effective = StateData.effectiveInput(run);
        EvaluationContext ctx = run.context(state.common().isJsonata() ? run.input : effective);
        FailureTolerance tolerance = tolerance(state, ctx);
        int concurrency = MapItems.maxConcurrency(state, run, effective);
        History history = run.history();
        String mapRunArn = mapRunArn(state, run);
        history.add("MapStateStarted", run.now(), null, null);
        history.add("MapRunStarted", run.now(), null, null, mapRunArn, null, null, null, null);

        MapRunResults results = new MapRunResults(state.resultWriter() != null);
        MapExecutor.Slots slots = new MapExecutor.Slots(concurrency, run.now());
        long end = run.now();
        long failed = 0;
        long total = 0;
        try (CloseableIterator<JsonNode> children = childInputs(state, run, effective, ctx)) {
            while (children.hasNext()) {
                JsonNode childInput = children.next();
                VirtualClock clock = new VirtualClock(Instant.ofEpochMilli(slots.nextStart()));
                Execution child = childExecution(run, state, childInput, clock.millis());
                Run childRun = run.interpreter.runExecution(state.processor(), child, clock);
                Run recorded = record(childRun, child);
                run.runs.add(recorded);
                results.add(child, childInput, recorded, clock.millis());
                slots.finished(clock.millis());
                end = Math.max(end, clock.millis());
                // Thresholds count items: a failed batch fails every item in it (AWS's Map Run counts).
                long items = state.itemBatcher() == null ? 1 : childInput.path("Items").size();
                total += items;
                if (!childRun.succeeded()) failed += items;
            }
        }
        run.scope.clock.advanceTo(end);
        if (failed > 0 && tolerance.exceeded(failed, total)) {
            StatesException e = StatesException.of(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                    "The specified tolerated failure threshold was exceeded");
            history.add("MapRunFailed", run.now(), null, null, null, e.error(), e.cause(), null, null);
            history.add("MapStateFailed", run.now(), null, null, null, e.error(), e.cause(), null, null);
            throw e;
        }
        history.add("MapRunSucceeded", run.now(), null, null);
        history.add("MapStateSucceeded", run.now(), null, null);
        JsonNode output = state.resultWriter() != null
                ? ResultWriting.write(state, run, ctx, mapRunArn, results)
                : results.outputs();
        return MapExecutor.finish(state, run, output);
    }

    /**
     * What the parent keeps of a finished child: everything, or (when the request asks for paths only) the state
     * names and errors, so the child's input items can be collected as soon as the child ends.
     */
    private static Run record(Run childRun, Execution child) {
        if (child.request.recordMapChildData()) {
            return childRun.withHistory(child.history.events());
        }
        List<StateVisit> visits = new ArrayList<>(childRun.visits().size());
        for (StateVisit v : childRun.visits()) {
            visits.add(new StateVisit(v.name(), v.type(), null, null, null, v.failed(), v.error(), v.cause(), List.of()));
        }
        return new Run(visits, childRun.output(), childRun.failed(), childRun.error(), childRun.cause(), List.of());
    }

    /** Items (from the ItemReader or the input), each through ItemSelector, then grouped by the ItemBatcher. */
    private CloseableIterator<JsonNode> childInputs(MapState state, StateRun run, JsonNode effective,
                                                    EvaluationContext ctx) {
        CloseableIterator<JsonNode> items = state.itemReader() != null
                ? ItemReading.open(state, run, ctx)
                : closeable(MapItems.items(state, run, effective).elements());
        CloseableIterator<JsonNode> selected = new CloseableIterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public JsonNode next() {
                int i = index++;
                return MapItems.iterationInput(state, run, effective, i, items.next());
            }

            @Override
            public void close() {
                items.close();
            }
        };
        ItemBatcherSpec batcher = state.itemBatcher();
        if (batcher == null) return selected;
        Integer maxItems = batcher.maxItemsPerBatch() == null ? null
                : MapItems.nonNegativeInt(batcher.maxItemsPerBatch(), ctx, 0);
        Integer maxBytes = batcher.maxInputBytesPerBatch() == null ? null
                : MapItems.nonNegativeInt(batcher.maxInputBytesPerBatch(), ctx, 0);
        JsonNode batchInput = batcher.batchInput() == null ? null : batcher.batchInput().evaluate(ctx);
        return ItemBatcher.of(maxItems, maxBytes, batchInput).batches(selected);
    }

    private static CloseableIterator<JsonNode> closeable(java.util.Iterator<JsonNode> items) {
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public JsonNode next() {
                return items.next();
            }

            @Override
            public void close() {}
        };
    }

    private static FailureTolerance tolerance(MapState state, EvaluationContext ctx) {
        Long count = state.toleratedFailureCount() == null ? null : count(state.toleratedFailureCount(), ctx);
        java.math.BigDecimal percentage = state.toleratedFailurePercentage() == null ? null
                : percentage(state.toleratedFailurePercentage(), ctx);
        return new FailureTolerance(count, percentage);
    }

    private static long count(ValueSource source, EvaluationContext ctx) {
        if (source instanceof ValueSource.Path p) {
            return FailureTolerance.countFromPath(JsonPathDataFlow.readRequired(p.path(), ctx), p.path().text());
        }
        return FailureTolerance.countFromValue(source.evaluate(ctx));
    }

    private static java.math.BigDecimal percentage(ValueSource source, EvaluationContext ctx) {
        if (source instanceof ValueSource.Path p) {
            return FailureTolerance.percentageFromPath(JsonPathDataFlow.readRequired(p.path(), ctx), p.path().text());
        }
        return FailureTolerance.percentageFromValue(source.evaluate(ctx));
    }

    private static String mapRunArn(MapState state, StateRun run) {
        Execution e = run.scope.execution;
        String label = state.label() != null ? state.label() : state.name();
        return e.stateMachineArn.replace(":stateMachine:", ":mapRun:") + "/" + label + ":" + e.random.uuid();
    }

    /** A child execution: its own id, input and history; the parent's request (mocks, limits, seed source). */
    private static Execution childExecution(StateRun run, MapState state, JsonNode input, long start) {
        Execution parent = run.scope.execution;
        ExecutionRequest request = parent.request;
        String name = parent.random.uuid().toString();
        String type = "STANDARD".equals(state.executionType()) ? "execution" : "express";
        String arn = parent.stateMachineArn.replace(":stateMachine:", ":" + type + ":")
                + "/" + (state.label() != null ? state.label() : state.name()) + ":" + name;
        return new Execution(request, input, arn, name, parent.stateMachineArn + "/" + state.name(),
                parent.stateMachineName + "/" + state.name(), start, parent.random);
    }

    /** Results of a Map Run: outputs in order (without a ResultWriter) or per-child records for the writer. */
    static final class MapRunResults {
        private final boolean forWriter;
        private final ArrayNode outputs = Json.NODES.arrayNode();
        private final List<ChildResult> records = new ArrayList<>();

        MapRunResults(boolean forWriter) {
            this.forWriter = forWriter;
        }

        void add(Execution child, JsonNode input, Run run, long stopMillis) {
            if (forWriter) {
                records.add(new ChildResult(child.executionArn, child.executionName, child.stateMachineArn,
                        run.succeeded() ? "SUCCEEDED" : "FAILED", input, run.output(), run.error(), run.cause(),
                        Instant.ofEpochMilli(child.startMillis), Instant.ofEpochMilli(stopMillis)));
            } else if (run.succeeded()) {
                outputs.add(run.output());
            } else {
                // A tolerated failure keeps its place in the results as {Error, Cause}; no recording shows AWS's
                // shape for this (without a ResultWriter), so it is our choice.
                ObjectNode error = outputs.addObject();
                error.put("Error", run.error());
                if (run.cause() != null) error.put("Cause", run.cause());
            }
        }

        ArrayNode outputs() {
            return outputs;
        }

        List<ChildResult> records() {
            return records;
        }
    }
}
