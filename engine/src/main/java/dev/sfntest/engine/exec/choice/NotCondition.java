package dev.sfntest.engine.exec.choice;

import dev.sfntest.engine.expr.EvaluationContext;

/** {@code "Not": {...}}: the inverse of its single operand (a runtime error in the operand still propagates). */
record NotCondition(Condition operand) implements Condition {
    @Override
    public boolean evaluate(EvaluationContext ctx) {
        return !operand.evaluate(ctx);
    }
}
