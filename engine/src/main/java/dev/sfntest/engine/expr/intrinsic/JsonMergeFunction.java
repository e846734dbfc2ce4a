package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/**
 * {@code States.JsonMerge(left, right, deep)}: a shallow merge, right's top-level fields winning. AWS guide: both
 * must be objects; Step Functions supports only the shallow mode, so {@code deep} must be {@code false}.
 * Recorded: corpus test_json_manipulation.test_json_merge (nested objects are replaced, not merged).
 */
final class JsonMergeFunction implements IntrinsicFunction {
    @Override public String name() { return "States.JsonMerge"; }
    @Override public int minArguments() { return 3; }
    @Override public int maxArguments() { return 3; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        ObjectNode left = ArgumentChecks.object(args, 0, "first object");
        ObjectNode right = ArgumentChecks.object(args, 1, "second object");
        if (ArgumentChecks.bool(args, 2, "deep merge")) {
            throw new IntrinsicArgumentException("argument 3 (deep merge) must be false: only the shallow merge is supported");
        }
        ObjectNode out = left.deepCopy();
        out.setAll(right);
        return out;
    }
}
