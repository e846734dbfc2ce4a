package dev.sfntest.engine.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt of one Task state.
 *
 * @param stateName  the Task state's name
 * @param statePath  where the state sits, e.g. {@code "ProcessItems[2].Charge"} for iteration 2 of a Map, or the
 *                   plain name at the top level
 * @param resource   the Resource ARN, e.g. {@code arn:aws:states:::lambda:invoke}
 * @param input      the effective input: after InputPath and Parameters (JSONPath) or Arguments (JSONata)
 * @param context    the context object ({@code $$}) at the time of the call
 * @param attempt    0 for the first attempt, then the retry count
 */
public record TaskInvocation(String stateName, String statePath, String resource, JsonNode input,
                             JsonNode context, int attempt) {}
