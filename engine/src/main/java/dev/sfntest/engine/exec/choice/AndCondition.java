package dev.sfntest.engine.exec.choice;

import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/** {@code "And": [...]}: true when every operand holds; stops at the first false one, as the ASL spec says. */
record AndCondition(List<Condition> operands) implements Condition {
    AndCondition {
        operands = List.copyOf(operands);
    }

    @Override
    public boolean evaluate(EvaluationContext ctx) {
        for (int i = 0, n = operands.size(); i < n; i++) {
            if (!operands.get(i).evaluate(ctx)) return false;
        }
        return true;
    }
}
