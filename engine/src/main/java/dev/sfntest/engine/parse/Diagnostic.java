package dev.sfntest.engine.parse;

/**
 * One problem in a definition.
 *
 * @param code    a stable code, e.g. {@code UNKNOWN_FIELD}, {@code MISSING_TRANSITION}
 * @param pointer JSON pointer to the field, e.g. {@code /States/Charge/Retry/0/BackoffRate}
 * @param message a plain sentence
 */
public record Diagnostic(String code, String pointer, String message) {
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
