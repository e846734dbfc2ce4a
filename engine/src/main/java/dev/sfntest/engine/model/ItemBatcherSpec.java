package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.ValueTemplate;

/** A Map's ItemBatcher; any field may be null. */
public record ItemBatcherSpec(ValueSource maxItemsPerBatch, ValueSource maxInputBytesPerBatch,
                              ValueTemplate batchInput) {}
