package dev.sfntest.engine.expr.jsonata;

import dev.sfntest.engine.expr.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $range(start, end, step)}: like States.ArrayRange but including {@code end} whenever a step lands on it,
 * each argument truncated toward zero, and without the 1000-element cap (AWS-BEHAVIOURS.md point 6).
 *
 * <p>Like any JSONata sequence a one-element result is the bare number: recorded case
 * intrinsic_functions/test_array_jsonata.test_array_range ({@code $range(1, 9, 9)} = 1,
 * {@code $range(0, 10, 3)} = [0,3,6,9]). A zero step or a step pointing away from {@code end} gives undefined.
 */
final class RangeFunction implements AwsFunction {
    /** Guards our heap, not an AWS rule: AWS fails large ranges with its memory limit. */
    static final long MAX_ELEMENTS = 10_000_000;

    @Override public String name() { return "range"; }

    @Override public String signature() { return "<nnn?:a<n>>"; }

    @Override
    public Object apply(List<?> args, EvaluationContext ctx) {
        Object a = AwsFunction.arg(args, 0), b = AwsFunction.arg(args, 1), c = AwsFunction.arg(args, 2);
        if (a == null || b == null || c == null) return null;
        long start = truncate(a), end = truncate(b), step = truncate(c);
        if (step == 0 || (step > 0 && start > end) || (step < 0 && start < end)) return null;
        long count = Math.abs(end - start) / Math.abs(step) + 1;
        if (count == 1) return start;
        if (count > MAX_ELEMENTS) {
            throw AwsFunction.failure("Expression evaluation memory limit exceeded: Check for excessive memory usage");
        }
        List<Object> result = new ArrayList<>((int) count);
        for (long i = 0, value = start; i < count; i++, value += step) result.add(value);
        return result;
    }

    private static long truncate(Object number) {
        double d = ((Number) number).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) throw AwsFunction.failure("Number out of range: " + d);
        return (long) d; // a cast truncates toward zero
    }
}
