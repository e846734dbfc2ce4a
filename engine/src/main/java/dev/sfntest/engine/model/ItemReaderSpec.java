package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.map.ReaderConfig;

/** A Map's ItemReader: where to read (Resource + Parameters/Arguments), how (ReaderConfig), how many. */
public record ItemReaderSpec(String resource, ValueTemplate arguments, ReaderConfig readerConfig,
                             ValueSource maxItems) {}
