package dev.sfntest.engine.expr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.spi.RandomSource;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Everything an expression (JSONPath, intrinsic function, JSONata) may read while one state is evaluated.
 *
 * <p>All JSON values are treated as immutable: expressions never modify a node they were given.
 *
 * @param input         {@code $} in JSONPath / {@code $states.input} in JSONata: the value the field reads
 * @param contextObject {@code $$} / {@code $states.context}; built lazily because most states never read it
 * @param variables     {@code $name} variables
 * @param result        {@code $states.result} (JSONata Output/Assign after a Task/Map/Parallel); null otherwise
 * @param errorOutput   {@code $states.errorOutput} inside a Catch; null otherwise
 * @param random        seeded source for UUIDs and random numbers
 * @param clock         the execution's virtual time in epoch milliseconds, read by JSONata's {@code $now()} and
 *                      {@code $millis()}: after a one-day Wait they are a day later, as on AWS
 */
public record EvaluationContext(JsonNode input,
                                Supplier<JsonNode> contextObject,
                                Variables variables,
                                JsonNode result,
                                JsonNode errorOutput,
                                RandomSource random,
                                LongSupplier clock) {

    /** A context on the real clock, for tests and callers outside an execution. */
    public EvaluationContext(JsonNode input, Supplier<JsonNode> contextObject, Variables variables, JsonNode result,
                             JsonNode errorOutput, RandomSource random) {
        this(input, contextObject, variables, result, errorOutput, random, System::currentTimeMillis);
    }

    /** The same context reading another value as {@code $} (e.g. ResultSelector reads the task result). */
    public EvaluationContext withInput(JsonNode newInput) {
        return new EvaluationContext(newInput, contextObject, variables, result, errorOutput, random, clock);
    }

    public EvaluationContext withResult(JsonNode newResult) {
        return new EvaluationContext(input, contextObject, variables, newResult, errorOutput, random, clock);
    }

    public EvaluationContext withErrorOutput(JsonNode newErrorOutput) {
        return new EvaluationContext(input, contextObject, variables, result, newErrorOutput, random, clock);
    }

    /** A context for tests and simple callers: no context object, no variables. */
    public static EvaluationContext of(JsonNode input, RandomSource random) {
        return new EvaluationContext(input, () -> com.fasterxml.jackson.databind.node.NullNode.instance,
                Variables.NONE, null, null, random);
    }
}
