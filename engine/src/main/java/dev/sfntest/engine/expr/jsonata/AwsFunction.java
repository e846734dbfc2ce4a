package dev.sfntest.engine.expr.jsonata;

import com.dashjoin.jsonata.Jsonata.JFunction;
import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/**
 * One of the functions Step Functions adds to JSONata ($partition, $range, $hash, $random, $uuid, $parse).
 *
 * <p>Each is a dashjoin native function with a jsonata-js signature, so argument type errors come out as
 * jsonata-js's {@code T0410 Argument N of function "name" does not match function signature}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Transforming data
 *      with JSONata in Step Functions — JSONata functions provided by Step Functions</a>
 */
interface AwsFunction {
    /** The name without {@code $}. */
    String name();

    /** jsonata-js signature, e.g. {@code <an:a>}. */
    String signature();

    /** Runs the function; return {@code null} for undefined. */
    Object apply(List<?> args, EvaluationContext ctx);

    /** The functions bound in every evaluation. */
    List<AwsFunction> ALL = List.of(new PartitionFunction(), new RangeFunction(), new HashFunction(),
            new RandomFunction(), new UuidFunction(), new ParseFunction());

    default JFunction bind(EvaluationContext ctx) {
        return new JFunction((input, args) -> apply(args, ctx), signature());
    }

    /** A failure of an AWS function that has no jsonata-js error code. */
    static JsonataException failure(String message) {
        return JsonataException.error(null, message);
    }

    static Object arg(List<?> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }
}
