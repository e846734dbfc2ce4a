package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ValueTemplate;

/** One top-level Choice rule: its condition, target, and the rule's own Assign / Output. */
public record ChoiceBranch(ChoiceCondition condition, String next, ValueTemplate assign, ValueTemplate output) {}
