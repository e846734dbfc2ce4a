package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code States.StringToJson(string)}: parses JSON text. Recorded (corpus test_json_manipulation.test_string_to_json):
 * an empty or blank string gives {@code null}; "-0" gives 0; "1.1" stays 1.1.
 */
final class StringToJsonFunction implements IntrinsicFunction {
    private static final ObjectReader READER = Json.MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override public String name() { return "States.StringToJson"; }
    @Override public int minArguments() { return 1; }
    @Override public int maxArguments() { return 1; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        String text = ArgumentChecks.string(args, 0, "JSON text");
        if (text.isBlank()) return NullNode.getInstance();
        try {
            return READER.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IntrinsicArgumentException("argument 1 (JSON text) is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
