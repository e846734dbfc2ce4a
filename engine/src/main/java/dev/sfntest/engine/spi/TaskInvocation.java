package dev.sfntest.engine.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/**
 * One attempt of one Task state.
 *
 * @param stateName     the Task state's name
 * @param statePath     where the state sits, e.g. {@code "ProcessItems[2].Charge"} for iteration 2 of a Map, or
 *                      the plain name at the top level
 * @param resource      the Resource ARN, e.g. {@code arn:aws:states:::lambda:invoke}
 * @param input         the effective input: after InputPath and Parameters (JSONPath) or Arguments (JSONata)
 * @param contextObject builds the context object ({@code $$}) as it was at the time of the call; built only when
 *                      asked for, since most invokers never look at it and it costs a timestamp rendering per call
 * @param attempt       0 for the first attempt, then the retry count
 */
public record TaskInvocation(String stateName, String statePath, String resource, JsonNode input,
                             Supplier<JsonNode> contextObject, int attempt) {

    /** An invocation whose context object is already built. */
    public TaskInvocation(String stateName, String statePath, String resource, JsonNode input, JsonNode context,
                          int attempt) {
        this(stateName, statePath, resource, input, () -> context, attempt);
    }

    /** The context object ({@code $$}) at the time of the call. */
    public JsonNode context() {
        return contextObject.get();
    }
}
