package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How AWS's Java runtime prints a JSON number inside a string (States.Format): integers as digits, other numbers
 * as Java's {@code Double.toString} (1.1 → "1.1", 1.0 → "1.0"). Recorded: corpus test_format_1 (1 → "1",
 * 1.1 → "1.1").
 */
final class NumberText {
    private NumberText() {}

    static String of(JsonNode number) {
        if (number.isIntegralNumber()) return number.bigIntegerValue().toString();
        return Double.toString(number.doubleValue());
    }
}
