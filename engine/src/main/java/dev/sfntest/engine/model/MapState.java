package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.PayloadTemplate;
import dev.sfntest.engine.dataflow.ResultPath;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;

/**
 * A Map state, inline or distributed.
 *
 * @param processor      ItemProcessor (or legacy Iterator)
 * @param distributed    ProcessorConfig.Mode == DISTRIBUTED
 * @param executionType  EXPRESS / STANDARD for distributed maps, else null
 * @param itemsPath      JSONPath ItemsPath (null = $)
 * @param items          JSONata Items, or null
 * @param itemSelector   ItemSelector (or legacy Parameters), or null
 * @param itemReader     ItemReader, or null
 * @param itemBatcher    ItemBatcher, or null
 * @param resultWriter   ResultWriter, or null
 */
public record MapState(StateCommon common, StateMachine processor, boolean distributed, String executionType,
                       JsonPathExpression itemsPath, ValueTemplate items, ValueTemplate itemSelector,
                       ValueSource maxConcurrency, ItemReaderSpec itemReader, ItemBatcherSpec itemBatcher,
                       ValueSource toleratedFailurePercentage, ValueSource toleratedFailureCount,
                       ResultWriterSpec resultWriter, String label, PayloadTemplate resultSelector,
                       ResultPath resultPath, Resilience resilience) implements State {}
