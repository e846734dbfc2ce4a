package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;

/**
 * The AWS cause texts raised by the Distributed Map data side. Each method names the recorded case or source it
 * copies; texts marked "ours" have no recorded AWS counterpart yet.
 */
final class MapCauses {
    private MapCauses() {}

    /** LocalStack's JSON item reader (mirrors AWS): the JSON object is not an array. */
    static String notIterable() {
        return "Attempting to map over non-iterable node.";
    }

    /** LocalStack's CSV item reader (mirrors AWS) for repeated header names. */
    static String duplicateCsvHeaders() {
        return "CSV headers cannot contain duplicates.";
    }

    /** Ours: the object is not valid JSON / JSON Lines. */
    static String malformedJson(String name, String detail) {
        return "The item reader could not parse " + name + " as JSON: " + detail;
    }

    /** Ours: an I/O failure while reading the object. */
    static String readFailed(String name, String detail) {
        return "The item reader could not read " + name + ": " + detail;
    }

    /** Ours: ItemsPointer does not point at an array. */
    static String itemsPointerNotFound(String pointer) {
        return "ItemsPointer " + pointer + " does not refer to an array in the JSON object.";
    }

    /** Ours: a manifest that is not an S3 inventory manifest. */
    static String badManifest(String name, String detail) {
        return "The item reader could not read the manifest " + name + ": " + detail;
    }

    /** Recorded: test_map_state_tolerated_failure_count_path[NoNumber] and [tolerated_failure_count_value0]. */
    static String toleratedCountNotInteger(JsonNode value, String path) {
        return "The ToleratedFailureCountPath field refers to value \"" + render(value)
                + "\" which is not a valid integer: " + path;
    }

    /** Recorded: test_map_state_tolerated_failure_count_path[-1]. */
    static String toleratedCountNegative() {
        return "ToleratedFailureCount cannot be negative.";
    }

    /** Recorded: test_map_state_tolerated_failure_percentage_path[NoNumber] and [..._value0]. */
    static String toleratedPercentageNotFloat(JsonNode value, String path) {
        return "The ToleratedFailurePercentagePath field refers to value \"" + render(value)
                + "\" which is not a valid float: " + path;
    }

    /** Recorded: test_map_state_tolerated_failure_percentage_path[-1], [-1.1], [100.1]. */
    static String toleratedPercentageOutOfRange() {
        return "ToleratedFailurePercentage must be between 0 and 100.";
    }

    /** A string is shown as is ("NoNumber"), anything else as compact JSON ({}). */
    private static String render(JsonNode value) {
        if (value == null || value.isMissingNode()) return "null";
        return value.isTextual() ? value.textValue() : Json.write(value);
    }
}
