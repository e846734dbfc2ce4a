package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ValueSource;

/** A Wait state: exactly one of seconds / timestamp is set (each may be literal, path or JSONata). */
public record WaitState(StateCommon common, ValueSource seconds, ValueSource timestamp) implements State {}
