package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ValueSource;

/** A Fail state: Error/Cause as literals, ErrorPath/CausePath, or JSONata; each may be null. */
public record FailState(StateCommon common, ValueSource error, ValueSource cause) implements State {}
