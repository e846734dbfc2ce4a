package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code States.JsonToString(value)}: compact JSON text of any value. Recorded on AWS (LocalStack snapshot
 * test_json_manipulation.snapshot.json::test_json_to_string): null → "null", "HelloWorld" → "\"HelloWorld\"",
 * [1, 2, "HelloWorld"] → "[1,2,\"HelloWorld\"]".
 */
final class JsonToStringFunction implements IntrinsicFunction {
    @Override public String name() { return "States.JsonToString"; }
    @Override public int minArguments() { return 1; }
    @Override public int maxArguments() { return 1; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        return Json.NODES.textNode(Json.write(args[0]));
    }
}
