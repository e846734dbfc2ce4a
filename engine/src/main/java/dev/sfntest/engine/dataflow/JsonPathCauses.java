package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;

/**
 * AWS's cause texts for the JSONPath data flow. The "An error occurred while executing the state …" prefix is
 * added by the interpreter (these causes travel in {@code StatesException.inState}).
 */
final class JsonPathCauses {
    private JsonPathCauses() {}

    /**
     * A {@code .$} field whose path finds nothing. Recorded: corpus
     * {@code scenarios/test_base_scenarios.test_invalid_jsonpath.INVALID_JSONPATH_IN_STRING_EXPR_JSONPATH} (and
     * {@code …_CONTEXTPATH} for {@code $$} paths); AWS prints the input as compact JSON ({@code '{}'}).
     */
    static String pathNotFoundForField(String path, String field, JsonNode searched) {
        return "The JSONPath '" + path + "' specified for the field '" + field + "' could not be found in the input '"
                + (searched == null ? "null" : Json.write(searched)) + "'";
    }

    /**
     * InputPath, OutputPath, TimeoutSecondsPath, HeartbeatSecondsPath finding nothing: "Invalid path" plus Jayway's
     * own message. Recorded: corpus {@code error_handling}/{@code timeouts} cases with {@code $.NoSuchInputPath},
     * {@code $.NoSuchOutputPath}, {@code $.NoSuchTimeoutSecondsPath}.
     */
    static String invalidPath(String path, String jaywayMessage) {
        return "Invalid path '" + path + "' : " + jaywayMessage;
    }

    /**
     * A ResultPath that cannot be applied (the input is not an object or array where the path needs one).
     * NOT VERIFIED against AWS: no recorded case nor documented wording was found; the shape follows the
     * {@code States.ReferencePathConflict} message users report for the same situation.
     */
    static String resultPathMatchFailure(String path, JsonNode input) {
        return "Unable to apply ReferencePath " + path + " to input " + Json.write(input);
    }
}
