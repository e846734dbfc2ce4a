package dev.sfntest.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ResultPath;
import dev.sfntest.engine.dataflow.ValueTemplate;

/** A Pass state: Result (a literal), or Parameters / JSONata Output, placed with ResultPath. */
public record PassState(StateCommon common, JsonNode result, ValueTemplate parameters, ResultPath resultPath)
        implements State {}
