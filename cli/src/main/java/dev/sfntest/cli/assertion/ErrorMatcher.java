package dev.sfntest.cli.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@code expectedError} against how an execution ended.
 *
 * <ul>
 *   <li>No expectation ({@code null}, JSON {@code null} or missing): the execution must have succeeded.</li>
 *   <li>A string: the execution failed and its error name equals the string.</li>
 *   <li>An object {@code {type, cause, message}}: the execution failed and each given field matches;
 *       {@code {}} means "the execution failed", with any error or none.
 *     <ul>
 *       <li>{@code type} equals the error name.</li>
 *       <li>{@code cause} matches the cause when it is equal to it, or when it has at least
 *           {@value #SUBSTRING_MIN_LENGTH} characters and occurs in the cause. Short texts must be exact, so that
 *           {@code cause: "x"} cannot pass by accident; long ones, typically AWS's {@code States.Runtime} messages,
 *           may leave out a volatile head or tail.</li>
 *       <li>{@code message} is another name for {@code cause} (an execution has no separate message) and follows
 *           the same rule; when both are given both must match.</li>
 *     </ul>
 *   </li>
 * </ul>
 * Anything else in the expectation (another key, a non-text value) is a bad suite, which the suite loader reports;
 * here it is an {@link IllegalArgumentException}.
 */
public final class ErrorMatcher {
    /** Shortest expected cause that may match as a substring of the actual cause. */
    public static final int SUBSTRING_MIN_LENGTH = 40;

    private static final Set<String> KEYS = Set.of("type", "cause", "message");

    private ErrorMatcher() {}

    /**
     * Every way the outcome departs from the expectation; empty when it matches.
     *
     * @param expected the {@code expectedError} node, or {@code null} when the case has none
     * @param failure  how the execution failed; empty when it succeeded
     */
    public static List<String> match(JsonNode expected, Optional<ExecutionFailure> failure) {
        List<String> out = new ArrayList<>();
        if (expected == null || expected.isNull() || expected.isMissingNode()) {
            failure.ifPresent(f -> out.add("expected the execution to succeed, but it failed with "
                    + describe(f)));
            return out;
        }
        if (expected.isTextual()) {
            matchObjectless(expected.textValue(), failure, out);
            return out;
        }
        if (!expected.isObject()) {
            throw new IllegalArgumentException("expectedError must be a string or an object, was " + expected);
        }
        checkKeys(expected);
        String type = text(expected, "type");
        String cause = text(expected, "cause");
        String message = text(expected, "message");
        if (failure.isEmpty()) {
            out.add("expected the execution to fail" + (type == null ? "" : " with " + type)
                    + ", but it succeeded");
            return out;
        }
        ExecutionFailure f = failure.get();
        if (type != null && !type.equals(f.error())) {
            out.add("error: expected " + quote(type) + " but was " + quoteOrNone(f.error()));
        }
        matchCause("cause", cause, f.cause(), out);
        matchCause("message", message, f.cause(), out);
        return out;
    }

    /** Whether an expected cause matches the actual one by the rule in the class comment. */
    public static boolean causeMatches(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        return expected.equals(actual) || expected.length() >= SUBSTRING_MIN_LENGTH && actual.contains(expected);
    }

    private static void matchObjectless(String type, Optional<ExecutionFailure> failure, List<String> out) {
        if (failure.isEmpty()) {
            out.add("expected the execution to fail with " + type + ", but it succeeded");
        } else if (!type.equals(failure.get().error())) {
            out.add("error: expected " + quote(type) + " but was " + quoteOrNone(failure.get().error()));
        }
    }

    private static void matchCause(String key, String expected, String actual, List<String> out) {
        if (expected == null || causeMatches(expected, actual)) {
            return;
        }
        String rule = expected.length() >= SUBSTRING_MIN_LENGTH ? " (or a cause containing it)" : "";
        out.add(key + ": expected " + quote(expected) + rule + " but was "
                + (actual == null ? "no cause" : quote(actual)));
    }

    private static void checkKeys(JsonNode expected) {
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException("unknown key '" + name + "' in expectedError; expected "
                        + "type, cause or message");
            }
        }
    }

    private static String text(JsonNode expected, String key) {
        JsonNode value = expected.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("expectedError." + key + " must be a string, was " + value);
        }
        return value.textValue();
    }

    private static String describe(ExecutionFailure f) {
        return quoteOrNone(f.error()) + (f.cause() == null ? "" : ": " + f.cause());
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String quoteOrNone(String s) {
        return s == null ? "no error" : quote(s);
    }
}
