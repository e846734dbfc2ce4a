package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ValueTemplate;
import java.util.List;

/** A Choice state; {@code defaultNext} may be null (no match then fails with States.NoChoiceMatched). */
public record ChoiceState(StateCommon common, List<ChoiceBranch> choices, String defaultNext,
                          ValueTemplate defaultAssign, ValueTemplate defaultOutput) implements State {}
