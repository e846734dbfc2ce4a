package dev.sfntest.engine.model;

/** A Succeed state. */
public record SucceedState(StateCommon common) implements State {}
