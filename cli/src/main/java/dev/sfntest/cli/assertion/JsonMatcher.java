package dev.sfntest.cli.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected JSON value with an actual one and lists every difference.
 *
 * <p>Rules, for both modes: object key order is irrelevant; numbers compare by value ({@code 1}, {@code 1.0},
 * {@code 1.00} and {@code 1E0} are equal, big integers and big decimals included); a string never equals a number,
 * and {@code null} equals only {@code null}. Arrays compare by length, then element by element; a length
 * difference is reported once, as {@link Difference.Kind#LENGTH}, without comparing the elements (after an
 * insertion every later element would differ). In {@link MatchMode#EXACT} an actual field the expectation does not
 * name is {@link Difference.Kind#UNEXPECTED}; in {@link MatchMode#PARTIAL} it is ignored, at every depth.
 *
 * <p>Order is deterministic: depth first, object fields in the expectation's order, then unexpected fields in the
 * actual value's order. A Java {@code null} or a {@link MissingNode} stands for "no value".
 */
public final class JsonMatcher {
    private JsonMatcher() {}

    /** Every difference between {@code expected} and {@code actual}; empty when they match. */
    public static List<Difference> compare(JsonNode expected, JsonNode actual, MatchMode mode) {
        List<Difference> out = new ArrayList<>();
        JsonNode e = expected == null ? MissingNode.getInstance() : expected;
        JsonNode a = actual == null ? MissingNode.getInstance() : actual;
        if (e.isMissingNode() && a.isMissingNode()) {
            return out;
        }
        if (a.isMissingNode()) {
            out.add(new Difference("$", Difference.Kind.MISSING, e, null));
        } else if (e.isMissingNode()) {
            out.add(new Difference("$", Difference.Kind.UNEXPECTED, null, a));
        } else {
            compare(e, a, mode, JsonPathText.ROOT, out);
        }
        return out;
    }

    /** Whether {@code actual} matches {@code expected}: {@link #compare} finds no difference. */
    public static boolean matches(JsonNode expected, JsonNode actual, MatchMode mode) {
        return compare(expected, actual, mode).isEmpty();
    }

    private static void compare(JsonNode e, JsonNode a, MatchMode mode, JsonPathText path, List<Difference> out) {
        JsonNodeType type = e.getNodeType();
        if (type != a.getNodeType()) {
            out.add(new Difference(path.render(), Difference.Kind.TYPE, e, a));
            return;
        }
        switch (type) {
            case OBJECT -> compareObjects(e, a, mode, path, out);
            case ARRAY -> compareArrays(e, a, mode, path, out);
            case NUMBER -> {
                if (!numbersEqual(e, a)) {
                    out.add(new Difference(path.render(), Difference.Kind.VALUE, e, a));
                }
            }
            default -> {
                if (!e.equals(a)) {
                    out.add(new Difference(path.render(), Difference.Kind.VALUE, e, a));
                }
            }
        }
    }

    private static void compareObjects(JsonNode e, JsonNode a, MatchMode mode, JsonPathText path,
            List<Difference> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode actualValue = a.get(field.getKey());
            if (actualValue == null) {
                out.add(new Difference(path.field(field.getKey()).render(), Difference.Kind.MISSING,
                        field.getValue(), null));
            } else {
                compare(field.getValue(), actualValue, mode, path.field(field.getKey()), out);
            }
        }
        if (mode == MatchMode.EXACT) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!e.has(field.getKey())) {
                    out.add(new Difference(path.field(field.getKey()).render(), Difference.Kind.UNEXPECTED,
                            null, field.getValue()));
                }
            }
        }
    }

    private static void compareArrays(JsonNode e, JsonNode a, MatchMode mode, JsonPathText path,
            List<Difference> out) {
        if (e.size() != a.size()) {
            out.add(new Difference(path.render(), Difference.Kind.LENGTH, e, a));
            return;
        }
        for (int i = 0; i < e.size(); i++) {
            compare(e.get(i), a.get(i), mode, path.index(i), out);
        }
    }

    private static boolean numbersEqual(JsonNode e, JsonNode a) {
        if (e.isIntegralNumber() && a.isIntegralNumber() && e.canConvertToLong() && a.canConvertToLong()) {
            return e.longValue() == a.longValue();
        }
        if (nonFinite(e) || nonFinite(a)) {
            // NaN and infinities have no BigDecimal; they only come from engine-built doubles, never from JSON text.
            return nonFinite(e) && nonFinite(a) && Double.compare(e.doubleValue(), a.doubleValue()) == 0;
        }
        return e.decimalValue().compareTo(a.decimalValue()) == 0;
    }

    private static boolean nonFinite(JsonNode n) {
        return (n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue());
    }
}
