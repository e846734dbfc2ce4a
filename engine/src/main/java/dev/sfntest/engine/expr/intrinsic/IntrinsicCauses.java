package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;

/**
 * The workflow errors intrinsic functions raise, and their cause texts, in one place.
 *
 * <p>NOT RECORDED: the conformance corpus (intrinsic_functions, 21 cases) holds no failing intrinsic call, and
 * the AWS guide names the rules but not the cause texts. The wording below is ours, built like AWS's other
 * runtime causes (see {@code AWS-BEHAVIOURS.md} #2); replace it with recorded texts once we have them.
 */
final class IntrinsicCauses {
    private IntrinsicCauses() {}

    /**
     * A path argument found nothing. States.Runtime, like a missing path in a payload template (AWS guide,
     * "Parameters": a path that matches nothing fails the state; recorded in corpus area {@code base}).
     */
    static StatesException pathNotFound(String path, String callText, JsonNode document) {
        return StatesException.inState(StatesErrors.RUNTIME, "The JSONPath '" + path
                + "' specified in the intrinsic function '" + callText + "' could not be found in the input '"
                + (document == null ? "null" : Json.write(document)) + "'");
    }

    /**
     * An argument value breaks the function's input validation (AWS guide, "Input validation" of each function).
     * States.IntrinsicFailure: catchable, unlike States.Runtime.
     */
    static StatesException invalidArguments(String callText, String detail) {
        return StatesException.inState(StatesErrors.INTRINSIC_FAILURE,
                "The function '" + callText + "' had the following error: " + detail);
    }
}
