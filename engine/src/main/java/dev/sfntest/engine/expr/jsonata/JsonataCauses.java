package dev.sfntest.engine.expr.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;

/**
 * AWS's cause texts for {@code States.QueryEvaluationError}; the interpreter adds the
 * "An error occurred while executing the state 'X' (entered at the event id #N). " prefix.
 *
 * <p>Field names are relative to the state: {@code Output}, {@code Arguments/Input/pushLocation},
 * {@code Output/list[0]}, {@code Choices[1]/Condition}.
 */
public final class JsonataCauses {
    private JsonataCauses() {}

    /**
     * An expression that evaluates to undefined. Wording from real AWS executions, e.g. "The JSONata expression
     * '$states.input.pushLocation' specified for the field 'Arguments/Input/pushLocation' returned nothing
     * (undefined)."
     */
    public static String returnedNothing(String expression, String field) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field
                + "' returned nothing (undefined).";
    }

    /**
     * An expression whose value is a function. Recorded case:
     * scenarios/test_base_scenarios.test_map_state_items_eval_jsonata_fail.function.
     */
    public static String unsupportedResultType(String expression, String field) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field
                + "' returned an unsupported result type.";
    }

    /**
     * A value of the wrong JSON type for the field (Items must be an array ...). Recorded cases:
     * scenarios/test_base_scenarios.test_map_state_items_eval_jsonata_fail.{boolean,null,number,object,string}.
     */
    public static String unexpectedResultType(String expression, String field, String expectedType, JsonNode value) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field
                + "' returned an unexpected result type. Expected '" + expectedType + "', but was '"
                + jsonType(value) + "' for value: " + Json.write(value);
    }

    /**
     * A JSONata error raised while evaluating: "... threw an error during evaluation. T0410: Argument 1 of
     * function \"range\" does not match function signature" (AWS-BEHAVIOURS.md point 5: ". CODE: message" with
     * jsonata-js's wording).
     */
    public static String threwError(String expression, String field, String code, String message) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field
                + "' threw an error during evaluation. " + code + ": " + message;
    }

    /** The JSON type name AWS prints: object, array, string, number, boolean, null. */
    public static String jsonType(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return "null";
        if (value.isObject()) return "object";
        if (value.isArray()) return "array";
        if (value.isTextual()) return "string";
        if (value.isNumber()) return "number";
        if (value.isBoolean()) return "boolean";
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
