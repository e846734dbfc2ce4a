package dev.sfntest.engine.expr.jsonata;

/**
 * A JSONata expression failed while being evaluated, before the field it belongs to is known.
 *
 * <p>{@link JsonataExpression#evaluate(dev.sfntest.engine.expr.EvaluationContext, String)} turns it into
 * {@code States.QueryEvaluationError} with AWS's cause; callers that know the field should use that method.
 */
public final class JsonataException extends RuntimeException {
    /** What went wrong. */
    public enum Kind { ERROR, UNSUPPORTED_RESULT }

    private final Kind kind;
    private final String code;
    private final String detail;

    JsonataException(Kind kind, String code, String detail) {
        super(code == null ? kind.name() : code + ": " + detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.detail = detail;
    }

    static JsonataException error(String code, String detail) {
        return new JsonataException(Kind.ERROR, code, detail);
    }

    static JsonataException unsupportedResult() {
        return new JsonataException(Kind.UNSUPPORTED_RESULT, null, null);
    }

    public Kind kind() { return kind; }

    /** jsonata-js error code such as {@code T0410}; null for {@link Kind#UNSUPPORTED_RESULT}. */
    public String code() { return code; }

    /** jsonata-js's message for {@link #code()}; null for {@link Kind#UNSUPPORTED_RESULT}. */
    public String detail() { return detail; }
}
