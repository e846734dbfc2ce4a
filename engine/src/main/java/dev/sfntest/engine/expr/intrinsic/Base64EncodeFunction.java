package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code States.Base64Encode(string)}: standard Base64 (with padding) of the string's UTF-8 bytes. AWS guide,
 * input validation: a string of at most 10,000 characters.
 */
final class Base64EncodeFunction implements IntrinsicFunction {
    @Override public String name() { return "States.Base64Encode"; }
    @Override public int minArguments() { return 1; }
    @Override public int maxArguments() { return 1; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        String data = ArgumentChecks.limitedString(args, 0, "data");
        return Json.NODES.textNode(Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
    }
}
