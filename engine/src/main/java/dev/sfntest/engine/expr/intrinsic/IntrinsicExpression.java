package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;

/**
 * A compiled intrinsic function call such as {@code States.Format('Hi {}', $.name)}: parsed once when the
 * definition is loaded, evaluated many times.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">AWS: intrinsic functions</a>
 */
public final class IntrinsicExpression {
    private final String text;
    private final Argument.Call call;

    private IntrinsicExpression(String text, Argument.Call call) {
        this.text = text;
        this.call = call;
    }

    /** True when a {@code .$} value is an intrinsic call rather than a path. */
    public static boolean looksLikeIntrinsic(String text) {
        return text.startsWith("States.");
    }

    /**
     * Parses the call. IllegalArgumentException with a readable message when it is malformed, names an unknown
     * function, has the wrong number of arguments, or breaks a rule checkable now (e.g. a literal template whose
     * {@code {}} count differs from the number of values).
     */
    public static IntrinsicExpression compile(String text) {
        return new IntrinsicExpression(text, IntrinsicParser.parse(text));
    }

    public String text() { return text; }

    /**
     * Evaluates the call. Failures are {@code StatesException}s (state-scoped): States.Runtime when a path argument
     * finds nothing, States.IntrinsicFailure when an argument breaks a function's rules.
     */
    public JsonNode evaluate(EvaluationContext ctx) {
        return call.evaluate(ctx);
    }

    @Override
    public String toString() { return text; }
}
