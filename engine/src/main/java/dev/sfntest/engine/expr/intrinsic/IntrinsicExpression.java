package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;

/**
 * A compiled intrinsic function call such as {@code States.Format('Hi {}', $.name)}.
 *
 * <p>SKELETON: the expr/intrinsic owner implements it, keeping this API.
 */
public final class IntrinsicExpression {
    private final String text;

    private IntrinsicExpression(String text) {
        this.text = text;
    }

    /** True when a {@code .$} value is an intrinsic call rather than a path. */
    public static boolean looksLikeIntrinsic(String text) {
        return text.startsWith("States.");
    }

    /** Parses the call; IllegalArgumentException with a readable message when it is malformed. */
    public static IntrinsicExpression compile(String text) {
        return new IntrinsicExpression(text);
    }

    public String text() { return text; }

    /** Evaluates the call; failures are StatesException (States.IntrinsicFailure / States.Runtime). */
    public JsonNode evaluate(EvaluationContext ctx) {
        throw new UnsupportedOperationException("intrinsic functions arrive with the expr/intrinsic package");
    }
}
