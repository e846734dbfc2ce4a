package dev.sfntest.engine.expr.jsonata;

import dev.sfntest.engine.expr.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $partition(array, size)}: chunks an array; the last chunk may be shorter. Recorded cases:
 * intrinsic_functions/test_array_jsonata.test_array_partition ({@code $partition([0,1,2], 2)} = [[0,1],[2]]).
 */
final class PartitionFunction implements AwsFunction {
    @Override public String name() { return "partition"; }

    @Override public String signature() { return "<an:a>"; }

    @Override
    public Object apply(List<?> args, EvaluationContext ctx) {
        Object array = AwsFunction.arg(args, 0);
        Object sizeArg = AwsFunction.arg(args, 1);
        if (array == null || sizeArg == null) return null;
        double size = ((Number) sizeArg).doubleValue();
        if (size != Math.rint(size) || size < 1) {
            throw AwsFunction.failure("The chunk size of $partition must be a positive integer, but was " + JsonataMessages.stringify(sizeArg));
        }
        List<?> items = (List<?>) array;
        int chunk = (int) Math.min(size, Integer.MAX_VALUE);
        List<Object> result = new ArrayList<>();
        for (int from = 0; from < items.size(); from += chunk) {
            result.add(new ArrayList<>(items.subList(from, Math.min(items.size(), from + chunk))));
        }
        return result;
    }
}
