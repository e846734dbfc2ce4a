package dev.sfntest.engine.exec.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;

/**
 * {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp} with their boolean
 * operand: true when "the value is of that type" equals the operand (corpus {@code test_is_operators.*}: e.g.
 * {@code IsBoolean: false} holds for null, numbers, strings, arrays and objects).
 */
record TypeTest(JsonType type, boolean expected) implements DataTest {

    /** The JSON types the {@code Is…} operators test, by operator name. */
    enum JsonType {
        NULL("IsNull") {
            @Override boolean matches(JsonNode value) { return value.isNull(); }
        },
        NUMERIC("IsNumeric") {
            @Override boolean matches(JsonNode value) { return value.isNumber(); }
        },
        STRING("IsString") {
            @Override boolean matches(JsonNode value) { return value.isTextual(); }
        },
        BOOLEAN("IsBoolean") {
            @Override boolean matches(JsonNode value) { return value.isBoolean(); }
        },
        /** A string that is an RFC 3339 timestamp as {@link Rfc3339Timestamp} defines it. */
        TIMESTAMP("IsTimestamp") {
            @Override boolean matches(JsonNode value) {
                return value.isTextual() && Rfc3339Timestamp.parse(value.textValue()) != null;
            }
        };

        final String operator;

        JsonType(String operator) {
            this.operator = operator;
        }

        abstract boolean matches(JsonNode value);
    }

    @Override
    public boolean test(JsonNode value, EvaluationContext ctx) {
        return type.matches(value) == expected;
    }
}
