package dev.sfntest.cli.assertion;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One place where an actual JSON value departs from its expectation.
 *
 * @param path     JSONPath of the place, for example {@code $.items[2].price} or {@code $['x-amzn-RequestId']}
 * @param kind     what is wrong there
 * @param expected the expected value; {@code null} for {@link Kind#UNEXPECTED}
 * @param actual   the actual value; {@code null} for {@link Kind#MISSING}
 */
public record Difference(String path, Kind kind, JsonNode expected, JsonNode actual) {

    /** What is wrong at a {@link Difference#path()}. */
    public enum Kind {
        /** The expectation names a field (or a value at the root) that the actual value lacks. */
        MISSING,
        /** The actual object has a field that the expectation does not name (exact matching only). */
        UNEXPECTED,
        /** Both are scalars of the same JSON type with different values. */
        VALUE,
        /** The JSON types differ (for example a string where a number was expected). */
        TYPE,
        /** Both are arrays of different lengths; {@code expected} and {@code actual} hold the whole arrays. */
        LENGTH
    }

    /** One line for assertion messages: {@code $.a.b: expected 1 but was 2}. Values are compact JSON cut at 80 characters. */
    public String describe() {
        return switch (kind) {
            case MISSING -> path + ": missing, expected " + value(expected);
            case UNEXPECTED -> path + ": unexpected field with value " + value(actual);
            case VALUE -> path + ": expected " + value(expected) + " but was " + value(actual);
            case TYPE -> path + ": expected " + typeName(expected) + " " + value(expected)
                    + " but was " + typeName(actual) + " " + value(actual);
            case LENGTH -> path + ": expected an array of " + expected.size() + " elements but was "
                    + actual.size() + " elements";
        };
    }

    private static final int WIDTH = 80;

    private static String value(JsonNode node) {
        return CompactJson.render(node, WIDTH);
    }

    /** The JSON type name of a node, as users know it: object, array, string, number, boolean, null. */
    static String typeName(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case MISSING -> "nothing";
        };
    }
}
