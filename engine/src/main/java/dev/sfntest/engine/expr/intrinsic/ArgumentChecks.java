package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.math.BigDecimal;

/**
 * The argument type rules AWS lists under "Input validation" for each intrinsic function; each check returns the
 * value in its Java form or throws {@link IntrinsicArgumentException}. Positions are 1-based, as a user counts.
 */
final class ArgumentChecks {
    private ArgumentChecks() {}

    /** AWS guide: Base64Encode, Base64Decode and Hash accept at most 10,000 characters. */
    static final int MAX_STRING_LENGTH = 10_000;

    static String string(JsonNode[] args, int index, String role) {
        JsonNode v = args[index];
        if (!v.isTextual()) throw wrongType(index, role, "a string", v);
        return v.textValue();
    }

    static ArrayNode array(JsonNode[] args, int index, String role) {
        JsonNode v = args[index];
        if (!v.isArray()) throw wrongType(index, role, "an array", v);
        return (ArrayNode) v;
    }

    static ObjectNode object(JsonNode[] args, int index, String role) {
        JsonNode v = args[index];
        if (!v.isObject()) throw wrongType(index, role, "a JSON object", v);
        return (ObjectNode) v;
    }

    static boolean bool(JsonNode[] args, int index, String role) {
        JsonNode v = args[index];
        if (!v.isBoolean()) throw wrongType(index, role, "a boolean", v);
        return v.booleanValue();
    }

    /** A number with no fractional part (1 and 1.0 both pass) that fits a Java int. */
    static int integer(JsonNode[] args, int index, String role) {
        JsonNode v = args[index];
        if (!v.isNumber()) throw wrongType(index, role, "an integer", v);
        if (v.canConvertToExactIntegral() || v.isIntegralNumber()) {
            BigDecimal d = v.decimalValue();
            if (d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                    && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                return d.intValueExact();
            }
            throw new IntrinsicArgumentException(describe(index, role) + " must be between " + Integer.MIN_VALUE
                    + " and " + Integer.MAX_VALUE + ", but was " + Json.write(v));
        }
        throw wrongType(index, role, "an integer", v);
    }

    /**
     * A number rounded to the nearest integer, halves towards positive infinity (Java's Math.round): recorded
     * MathAdd results 1.49+1.5=3, 1.5+1.51=4, -1.49+-1.5=-2, -1.5+-1.51=-3 (LocalStack snapshot
     * test_math_operations.snapshot.json::test_math_add, recorded on AWS 13-09-2023). Must fit a Java int.
     */
    static int roundedInteger(JsonNode[] args, int index, String role) {
        JsonNode v = args[index];
        if (!v.isNumber()) throw wrongType(index, role, "a number", v);
        BigDecimal rounded = v.decimalValue().add(new BigDecimal("0.5")).setScale(0, java.math.RoundingMode.FLOOR);
        if (rounded.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                || rounded.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new IntrinsicArgumentException(describe(index, role) + " must be between " + Integer.MIN_VALUE
                    + " and " + Integer.MAX_VALUE + ", but was " + Json.write(v));
        }
        return rounded.intValueExact();
    }

    static String limitedString(JsonNode[] args, int index, String role) {
        String s = string(args, index, role);
        if (s.length() > MAX_STRING_LENGTH) {
            throw new IntrinsicArgumentException(describe(index, role) + " must be at most " + MAX_STRING_LENGTH
                    + " characters long, but has " + s.length());
        }
        return s;
    }

    static IntrinsicArgumentException wrongType(int index, String role, String expected, JsonNode actual) {
        return new IntrinsicArgumentException(describe(index, role) + " must be " + expected + ", but was "
                + (typeName(actual) + " " + abbreviated(actual)).strip());
    }

    static String describe(int index, String role) {
        return "argument " + (index + 1) + " (" + role + ")";
    }

    static String typeName(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase();
        };
    }

    private static String abbreviated(JsonNode v) {
        if (v.isNull()) return "";
        String s = Json.write(v);
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
