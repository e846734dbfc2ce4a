package dev.sfntest.cli.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.util.List;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * Builds the {@link AssertionFailedError} an unmet expectation becomes (a {@code <failure>} in JUnit XML). Expected
 * and actual travel as compact JSON {@link ValueWrapper}s, so IDEs and reporters can show a diff; the message lists
 * the differences, one per line, at most {@value #MAX_LINES}.
 */
public final class AssertionFailure {
    /** Most differences listed in a message; the rest are counted. */
    public static final int MAX_LINES = 20;

    private AssertionFailure() {}

    /**
     * The failure for a JSON comparison, for example:
     * <pre>
     * output does not match (partial): 2 differences
     *   $.status: expected "declined" but was "approved"
     *   $.items: expected an array of 2 elements but was 3 elements</pre>
     *
     * @param subject what was compared: {@code output}, {@code state 'Charge' input}, …
     */
    public static AssertionFailedError ofJson(String subject, MatchMode mode, JsonNode expected, JsonNode actual,
            List<Difference> differences) {
        String head = subject + " does not match (" + mode.name().toLowerCase(Locale.ROOT) + "): "
                + count(differences.size(), "difference");
        return new AssertionFailedError(message(head, differences.stream().map(Difference::describe).toList()),
                wrap(expected), wrap(actual));
    }

    /**
     * The failure for any other expectation (path, error, counts), for example
     * {@code path does not match\n  path differs at index 1: …}.
     *
     * @param mismatches one entry per mismatch; an entry may span lines
     * @param expected   the expectation: a {@link JsonNode}, anything Jackson can convert (a list of states), or
     *                   {@code null} when there is nothing to show
     * @param actual     the actual value, likewise
     */
    public static AssertionFailedError of(String subject, List<String> mismatches, Object expected, Object actual) {
        String message = message(subject + " does not match", mismatches);
        if (expected == null && actual == null) {
            return new AssertionFailedError(message);
        }
        return new AssertionFailedError(message, wrap(expected), wrap(actual));
    }

    /** A summary line followed by at most {@value #MAX_LINES} indented entries, then "… and N more". */
    static String message(String head, List<String> entries) {
        StringBuilder out = new StringBuilder(head);
        int shown = Math.min(entries.size(), MAX_LINES);
        for (int i = 0; i < shown; i++) {
            out.append("\n  ").append(entries.get(i).replace("\n", "\n  "));
        }
        if (entries.size() > shown) {
            out.append("\n  … and ").append(entries.size() - shown).append(" more");
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static ValueWrapper wrap(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node = value instanceof JsonNode json ? json : Json.MAPPER.valueToTree(value);
        return ValueWrapper.create(node.isMissingNode() ? null : Json.write(node));
    }
}
