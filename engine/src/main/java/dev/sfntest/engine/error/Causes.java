package dev.sfntest.engine.error;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;

/**
 * AWS's error cause texts that the interpreter itself produces, in one place. Each method names the recorded
 * conformance case (../shared/conformance/corpus) or AWS guide page it copies.
 */
public final class Causes {
    private Causes() {}

    /** scenarios/test_map_state_items_eval_jsonata_fail.*: "… returned an unexpected result type. Expected 'array', but was 'string' for value: \"string\"". */
    public static StatesException jsonataUnexpectedType(String expressionField, String field, String expected, JsonNode value) {
        return StatesException.inState(StatesErrors.QUERY_EVALUATION_ERROR, "The JSONata expression '"
                + jsonataInner(expressionField) + "' specified for the field '" + field
                + "' returned an unexpected result type. Expected '" + expected + "', but was '" + jsonType(value)
                + "' for value: " + (value == null ? "null" : Json.write(value)));
    }

    /**
     * A Map whose items are not an array: "Map state input must be an array but was: {\"foo\":\"bar\"}".
     * In a JSONata Map (no {@code Items}, so the state input) AWS names it {@code States.QueryEvaluationError}
     * (corpus scenarios/test_base_scenarios.test_map_state_items_input_types.{boolean,null,number,object,string});
     * no JSONPath recording exists, so an {@code ItemsPath} selecting a non-array keeps {@code States.Runtime}.
     */
    public static StatesException mapInputNotArray(JsonNode value, boolean jsonata) {
        return StatesException.inState(jsonata ? StatesErrors.QUERY_EVALUATION_ERROR : StatesErrors.RUNTIME,
                "Map state input must be an array but was: " + (value == null ? "null" : Json.write(value)));
    }

    /** AWS-BEHAVIOURS.md #14 (AWS quotas page): the 25,000-event history limit. */
    public static StatesException historyLimit(int limit) {
        return StatesException.of(StatesErrors.RUNTIME, "The execution reached the maximum number of history events ("
                + limit + ").");
    }

    /** error_handling (States.DataLimitExceeded) and AWS-BEHAVIOURS.md #13. */
    public static StatesException dataLimit(String stateName) {
        return StatesException.of(StatesErrors.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName
                + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    /**
     * A single variable over 256 KiB. The limit and the error name are from "Variable size limits" in
     * https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html; no execution recording the
     * cause text is available, so the wording follows {@link #dataLimit}.
     */
    public static StatesException variableTooLarge(String stateName, String variable) {
        return StatesException.of(StatesErrors.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName
                + "' assigned the variable '" + variable
                + "' a value with a size exceeding the maximum number of bytes service limit.");
    }

    /** All assignments of one state together over 256 KiB; same source and caveat as {@link #variableTooLarge}. */
    public static StatesException assignTooLarge(String stateName) {
        return StatesException.of(StatesErrors.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName
                + "' assigned variables with a combined size exceeding the maximum number of bytes service limit.");
    }

    /** base/test_wait_*: SecondsPath errors. */
    public static StatesException secondsPathMissing(String path) {
        return StatesException.inState(StatesErrors.RUNTIME, "The SecondsPath parameter does not reference an input value: " + path);
    }

    public static StatesException secondsPathNotLong(String path, JsonNode value) {
        return StatesException.inState(StatesErrors.RUNTIME, "The SecondsPath parameter cannot be parsed as a long value: "
                + path + " == " + Json.write(value));
    }

    public static StatesException secondsPathNegative(String path, JsonNode value) {
        return StatesException.inState(StatesErrors.RUNTIME, "The SecondsPath parameter references a negative value: "
                + path + " == " + Json.write(value));
    }

    /**
     * No Choice rule matched and no Default: the error name is the ASL specification's; the corpus records no
     * such execution, so the cause text is unverified.
     */
    public static StatesException noChoiceMatched() {
        return StatesException.of(StatesErrors.NO_CHOICE_MATCHED, "No Matches!");
    }

    /** Task timeouts: AWS records States.Timeout with no cause for TaskTimedOut. */
    public static StatesException taskTimedOut() {
        return StatesException.of(StatesErrors.TIMEOUT, "");
    }

    public static StatesException heartbeatTimedOut() {
        return StatesException.of(StatesErrors.HEARTBEAT_TIMEOUT, "");
    }

    /** The text between {% and %} of a JSONata field, as AWS quotes it in causes. */
    public static String jsonataInner(String text) {
        String t = text.strip();
        if (t.startsWith("{%") && t.endsWith("%}")) t = t.substring(2, t.length() - 2).strip();
        return t;
    }

    /** JSON type names as AWS prints them in causes. */
    public static String jsonType(JsonNode v) {
        if (v == null || v.isNull()) return "null";
        if (v.isTextual()) return "string";
        if (v.isNumber()) return "number";
        if (v.isBoolean()) return "boolean";
        if (v.isArray()) return "array";
        return "object";
    }
}
