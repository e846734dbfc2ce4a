package dev.sfntest.engine.exec.choice;

import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/** {@code "Or": [...]}: true when some operand holds; stops at the first true one, as the ASL spec says. */
record OrCondition(List<Condition> operands) implements Condition {
    OrCondition {
        operands = List.copyOf(operands);
    }

    @Override
    public boolean evaluate(EvaluationContext ctx) {
        for (int i = 0, n = operands.size(); i < n; i++) {
            if (operands.get(i).evaluate(ctx)) return true;
        }
        return false;
    }
}
