package dev.sfntest.engine.expr.intrinsic;

/**
 * A function's complaint about an argument value, without the call it happened in; {@link Argument.Call} adds
 * the call text and turns it into a {@code StatesException}. Never leaves this package.
 */
final class IntrinsicArgumentException extends RuntimeException {
    private final String detail;

    IntrinsicArgumentException(String detail) {
        super(detail, null, false, false); // control flow, no stack trace
        this.detail = detail;
    }

    String detail() { return detail; }
}
