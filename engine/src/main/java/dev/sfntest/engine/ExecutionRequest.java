package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.spi.ChoiceOverride;
import dev.sfntest.engine.spi.ItemSource;
import dev.sfntest.engine.spi.TaskInvoker;
import dev.sfntest.engine.spi.TaskOutcome;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one execution needs besides the definition.
 *
 * @param itemSources      where Distributed Map ItemReaders read from, tried in order
 * @param resultWriterRoot folder under which ResultWriter files are written (null: none are written)
 * @param seed             seed of every random value (UUIDs, $random, jitter) so runs repeat exactly
 * @param maxHistoryEvents AWS's 25,000 by default
 * @param maxPayloadBytes  AWS's 256 KiB by default
 * @param recordMapChildData whether a Distributed Map's child executions are recorded in full (each state's input,
 *                           output and variables, and the child's history) or by path only (state names and
 *                           errors). True by default; a caller that inspects no child state turns it off, so a
 *                           million-row Map Run does not keep every row alive until the execution ends
 */
public record ExecutionRequest(JsonNode input, ExecutionContextSettings context, TaskInvoker taskInvoker,
                               List<ItemSource> itemSources, ChoiceOverride choiceOverride, Path resultWriterRoot,
                               long seed, int maxHistoryEvents, int maxPayloadBytes,
                               boolean recordMapChildData) {

    public static final int AWS_MAX_HISTORY_EVENTS = 25_000;
    public static final int AWS_MAX_PAYLOAD_BYTES = 256 * 1024;

    /** A request with AWS's limits, no mocks (every task fails) and default context values. */
    public static ExecutionRequest of(JsonNode input) {
        return new ExecutionRequest(input, ExecutionContextSettings.defaults(),
                inv -> TaskOutcome.failure("States.TaskFailed", "no TaskInvoker configured for '" + inv.stateName() + "'"),
                List.of(), ChoiceOverride.NONE, null, 0L, AWS_MAX_HISTORY_EVENTS, AWS_MAX_PAYLOAD_BYTES, true);
    }

    public ExecutionRequest withTaskInvoker(TaskInvoker invoker) {
        return new ExecutionRequest(input, context, invoker, itemSources, choiceOverride, resultWriterRoot, seed,
                maxHistoryEvents, maxPayloadBytes, recordMapChildData);
    }

    public ExecutionRequest withContext(ExecutionContextSettings newContext) {
        return new ExecutionRequest(input, newContext, taskInvoker, itemSources, choiceOverride, resultWriterRoot, seed,
                maxHistoryEvents, maxPayloadBytes, recordMapChildData);
    }

    public ExecutionRequest withItemSources(List<ItemSource> sources) {
        return new ExecutionRequest(input, context, taskInvoker, List.copyOf(sources), choiceOverride, resultWriterRoot,
                seed, maxHistoryEvents, maxPayloadBytes, recordMapChildData);
    }

    public ExecutionRequest withChoiceOverride(ChoiceOverride override) {
        return new ExecutionRequest(input, context, taskInvoker, itemSources, override, resultWriterRoot, seed,
                maxHistoryEvents, maxPayloadBytes, recordMapChildData);
    }

    public ExecutionRequest withResultWriterRoot(Path root) {
        return new ExecutionRequest(input, context, taskInvoker, itemSources, choiceOverride, root, seed,
                maxHistoryEvents, maxPayloadBytes, recordMapChildData);
    }

    public ExecutionRequest withSeed(long newSeed) {
        return new ExecutionRequest(input, context, taskInvoker, itemSources, choiceOverride, resultWriterRoot, newSeed,
                maxHistoryEvents, maxPayloadBytes, recordMapChildData);
    }

    public ExecutionRequest withLimits(int historyEvents, int payloadBytes) {
        return new ExecutionRequest(input, context, taskInvoker, itemSources, choiceOverride, resultWriterRoot, seed,
                historyEvents, payloadBytes, recordMapChildData);
    }

    /** See {@code recordMapChildData}: false keeps only the path and errors of each Distributed Map child. */
    public ExecutionRequest withMapChildData(boolean record) {
        return new ExecutionRequest(input, context, taskInvoker, itemSources, choiceOverride, resultWriterRoot, seed,
                maxHistoryEvents, maxPayloadBytes, record);
    }
}
