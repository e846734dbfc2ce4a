package dev.sfntest.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ValueTemplate;

/** A Map's ResultWriter: Resource, Parameters/Arguments (Bucket, Prefix), and WriterConfig (may be null). */
public record ResultWriterSpec(String resource, ValueTemplate arguments, JsonNode writerConfig) {}
