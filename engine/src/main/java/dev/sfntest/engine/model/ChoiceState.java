package dev.sfntest.engine.model;

import java.util.List;

/**
 * A Choice state; {@code defaultNext} may be null (no match then fails with States.NoChoiceMatched). When the
 * Default is taken, the state's own Assign / Output apply (in {@link #common()}).
 */
public record ChoiceState(StateCommon common, List<ChoiceBranch> choices, String defaultNext) implements State {}
