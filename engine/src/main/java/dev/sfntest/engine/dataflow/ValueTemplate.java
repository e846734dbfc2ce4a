package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;

/**
 * A compiled payload field whose query language is hidden from the interpreter: Parameters / Arguments,
 * ItemSelector, Assign, Output, BatchInput … Built once at load time.
 */
@FunctionalInterface
public interface ValueTemplate {
    /** Builds the value; raises StatesException (States.Runtime, States.QueryEvaluationError …) on failure. */
    JsonNode evaluate(EvaluationContext ctx);

    /** A JSONPath-language payload template ({@code .$} keys, intrinsic functions). */
    static ValueTemplate jsonPath(JsonNode template) {
        PayloadTemplate compiled = PayloadTemplate.compile(template);
        return compiled::evaluate;
    }

    /** A JSONata-language value ({@code {% … %}} strings anywhere); {@code field} names it in error causes. */
    static ValueTemplate jsonata(JsonNode template, String field) {
        JsonataTemplate compiled = JsonataTemplate.compile(template);
        return ctx -> compiled.evaluate(ctx, field);
    }
}
