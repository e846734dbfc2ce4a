package dev.sfntest.engine.spi;

import com.fasterxml.jackson.databind.JsonNode;

/** What a task attempt produced. {@code durationMillis} advances the virtual clock (mock {@code delay}). */
public sealed interface TaskOutcome {
    long durationMillis();

    /** The raw task result, before ResultSelector/ResultPath/OutputPath. */
    record Success(JsonNode result, long durationMillis) implements TaskOutcome {}

    /** The task failed with this AWS error name and cause (cause may be null). */
    record Failure(String error, String cause, long durationMillis) implements TaskOutcome {}

    static TaskOutcome success(JsonNode result) { return new Success(result, 0); }

    static TaskOutcome failure(String error, String cause) { return new Failure(error, cause, 0); }
}
