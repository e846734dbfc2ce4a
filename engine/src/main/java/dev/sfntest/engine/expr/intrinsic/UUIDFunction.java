package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/** {@code States.UUID()}: a version-4 UUID string, from the execution's seeded {@code ctx.random()}. */
final class UUIDFunction implements IntrinsicFunction {
    @Override public String name() { return "States.UUID"; }
    @Override public int minArguments() { return 0; }
    @Override public int maxArguments() { return 0; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        return Json.NODES.textNode(ctx.random().uuid().toString());
    }
}
