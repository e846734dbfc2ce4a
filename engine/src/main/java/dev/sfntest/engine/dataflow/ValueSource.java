package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;

/**
 * A single value that a definition may give as a literal ({@code Seconds: 5}), a JSONPath reference
 * ({@code SecondsPath: "$.wait"}) or a JSONata expression ({@code Seconds: "{% $x %}"}).
 * The caller turns a missing or ill-typed value into the error wording of its own field.
 */
public sealed interface ValueSource {

    /** The value, or null when a path finds nothing. */
    JsonNode evaluate(EvaluationContext ctx);

    /** The field as written in the definition, e.g. {@code SecondsPath}. */
    String field();

    record Literal(String field, JsonNode value) implements ValueSource {
        @Override
        public JsonNode evaluate(EvaluationContext ctx) { return value; }
    }

    record Path(String field, JsonPathExpression path) implements ValueSource {
        @Override
        public JsonNode evaluate(EvaluationContext ctx) { return path.read(ctx); }
    }

    record Computed(String field, ValueTemplate template) implements ValueSource {
        @Override
        public JsonNode evaluate(EvaluationContext ctx) { return template.evaluate(ctx); }
    }
}
