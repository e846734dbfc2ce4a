package dev.sfntest.engine.exec.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;

/** The operator of a data-test expression, applied to the value its {@code Variable} selected. */
sealed interface DataTest permits TypeTest, Comparison, StringMatchesTest {

    /** Whether {@code value} (never null; may be a JSON null) passes; {@code ctx} serves {@code …Path} operands. */
    boolean test(JsonNode value, EvaluationContext ctx);
}
