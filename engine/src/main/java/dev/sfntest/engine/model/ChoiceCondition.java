package dev.sfntest.engine.model;

import dev.sfntest.engine.expr.EvaluationContext;

/** A compiled Choice rule condition (JSONPath comparison tree or JSONata Condition). */
@FunctionalInterface
public interface ChoiceCondition {
    boolean test(EvaluationContext ctx);
}
