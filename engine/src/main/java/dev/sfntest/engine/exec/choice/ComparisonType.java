package dev.sfntest.engine.exec.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The value types comparison operators work on, by operator-name prefix ({@code String…}, {@code Numeric…},
 * {@code Boolean…}, {@code Timestamp…}).
 *
 * <p>ASL spec, Choice State: "if the values are not both of the appropriate type ... the comparison will return
 * false". So {@link #key} returns {@code null} for a value of another type, and there is no coercion: corpus
 * {@code test_numeric.test_numeric_equals_path} shows {@code ""}, {@code false}, {@code []} never equal {@code 0},
 * and {@code test_boolean_equals.test_boolean_equals_path} shows {@code 0}/{@code 1}/strings never equal booleans.
 */
enum ComparisonType {
    /** Java {@code String.compareTo} (UTF-16 code units), as the AWS guide says; no folding or trimming. */
    STRING("String") {
        @Override Object key(JsonNode value) { return value.isTextual() ? value.textValue() : null; }
        @Override int compare(Object left, Object right) { return ((String) left).compareTo((String) right); }
    },
    /** By value, so {@code 1 == 1.0} (corpus {@code test_numeric_equals_path}); the key is the number node itself. */
    NUMERIC("Numeric") {
        @Override Object key(JsonNode value) { return value.isNumber() ? value : null; }
        @Override int compare(Object left, Object right) { return compareNumbers((JsonNode) left, (JsonNode) right); }
    },
    BOOLEAN("Boolean") {
        @Override Object key(JsonNode value) { return value.isBoolean() ? Boolean.valueOf(value.booleanValue()) : null; }
        @Override int compare(Object left, Object right) { return ((Boolean) left).compareTo((Boolean) right); }
    },
    /** Instants, so {@code 20:00:55+01:00} equals {@code 19:00:55Z}; strings that are not timestamps never match. */
    TIMESTAMP("Timestamp") {
        @Override Object key(JsonNode value) { return value.isTextual() ? Rfc3339Timestamp.parse(value.textValue()) : null; }
        @Override int compare(Object left, Object right) { return ((Instant) left).compareTo((Instant) right); }
    };

    final String prefix;

    ComparisonType(String prefix) {
        this.prefix = prefix;
    }

    /** The comparable form of {@code value}, or {@code null} when it is not of this type. */
    abstract Object key(JsonNode value);

    abstract int compare(Object left, Object right);

    /** Exact numeric order; integers that fit a long avoid allocating. */
    static int compareNumbers(JsonNode left, JsonNode right) {
        if (left.isIntegralNumber() && right.isIntegralNumber() && left.canConvertToLong() && right.canConvertToLong()) {
            return Long.compare(left.longValue(), right.longValue());
        }
        return left.decimalValue().compareTo(right.decimalValue());
    }
}
