package dev.sfntest.cli.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The matching rule of a conditional mock's {@code when.input}: every field the expectation names is present in
 * the actual value with an equal value, recursively; arrays have the same length and match element by element;
 * numbers compare by value (1 equals 1.0).
 */
final class PartialMatch {
    private PartialMatch() {}

    static boolean matches(JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            return false;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey()) || !matches(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matches(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }
}
