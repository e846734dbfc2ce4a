package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code States.ArrayPartition(array, chunkSize)}: consecutive chunks of {@code chunkSize} items, the last one
 * shorter. AWS guide: the chunk size must be a positive integer. Recorded: corpus test_array.test_array_partition
 * (25 cases: [] → [], a chunk larger than the array → one chunk).
 */
final class ArrayPartitionFunction implements IntrinsicFunction {
    @Override public String name() { return "States.ArrayPartition"; }
    @Override public int minArguments() { return 2; }
    @Override public int maxArguments() { return 2; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        ArrayNode array = ArgumentChecks.array(args, 0, "array");
        int size = ArgumentChecks.integer(args, 1, "chunk size");
        if (size <= 0) {
            throw new IntrinsicArgumentException("argument 2 (chunk size) must be a positive integer, but was " + size);
        }
        ArrayNode out = Json.NODES.arrayNode((array.size() + size - 1) / size);
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % size == 0) chunk = out.addArray();
            chunk.add(array.get(i));
        }
        return out;
    }
}
