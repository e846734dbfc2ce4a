package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code States.Base64Decode(string)}: the UTF-8 text of standard Base64 data. AWS guide, input validation: a
 * string of at most 10,000 characters. Recorded: corpus test_encode_decode.test_base_64_decode ("" → "",
 * "RGF0YSB0byBlbmNvZGU=" → "Data to encode").
 */
final class Base64DecodeFunction implements IntrinsicFunction {
    @Override public String name() { return "States.Base64Decode"; }
    @Override public int minArguments() { return 1; }
    @Override public int maxArguments() { return 1; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        String data = ArgumentChecks.limitedString(args, 0, "Base64 data");
        try {
            return Json.NODES.textNode(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IntrinsicArgumentException("argument 1 (Base64 data) is not valid Base64: " + e.getMessage());
        }
    }
}
