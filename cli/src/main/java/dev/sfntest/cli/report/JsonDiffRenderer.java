package dev.sfntest.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.assertion.CompactJson;
import dev.sfntest.cli.assertion.Difference;
import java.util.List;
import org.fusesource.jansi.Ansi;

/**
 * Renders JSON differences for people: per difference its JSON path and kind, {@code - expected} (red) and
 * {@code + actual} (green), values as compact JSON cut to a width with "…".
 *
 * <pre>
 * $.items[2].price (value)
 *   - 10
 *   + 12
 * $.status (missing)
 *   - "declined"</pre>
 *
 * Without colour the text holds no escape codes. Immutable and thread-safe.
 */
public final class JsonDiffRenderer {
    /** Default width of a rendered value, in code points. */
    public static final int DEFAULT_VALUE_WIDTH = 100;
    /** Default number of differences rendered before the rest are counted. */
    public static final int DEFAULT_MAX_DIFFERENCES = 20;

    private final int valueWidth;
    private final int maxDifferences;

    /** A renderer with {@link #DEFAULT_VALUE_WIDTH} and {@link #DEFAULT_MAX_DIFFERENCES}. */
    public JsonDiffRenderer() {
        this(DEFAULT_VALUE_WIDTH, DEFAULT_MAX_DIFFERENCES);
    }

    /**
     * @param valueWidth     longest rendered value, in code points, "…" included (at least 2)
     * @param maxDifferences differences rendered before "… and N more differences" (at least 1)
     */
    public JsonDiffRenderer(int valueWidth, int maxDifferences) {
        if (valueWidth < 2 || maxDifferences < 1) {
            throw new IllegalArgumentException("valueWidth must be >= 2 and maxDifferences >= 1");
        }
        this.valueWidth = valueWidth;
        this.maxDifferences = maxDifferences;
    }

    /** The differences, one block each, lines joined by {@code \n}, no trailing newline; "" when there are none. */
    public String render(List<Difference> differences, boolean color) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(differences.size(), maxDifferences);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append('\n');
            }
            appendDifference(out, differences.get(i), color);
        }
        if (differences.size() > shown) {
            int more = differences.size() - shown;
            out.append("\n… and ").append(more).append(more == 1 ? " more difference" : " more differences");
        }
        return out.toString();
    }

    /**
     * The differences as {@link #render(List, boolean)} does, followed by the whole expected and actual values:
     * <pre>
     * expected: {"status":"declined"}
     * actual:   {"status":"approved","id":7}</pre>
     */
    public String render(JsonNode expected, JsonNode actual, List<Difference> differences, boolean color) {
        StringBuilder out = new StringBuilder(render(differences, color));
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append("expected: ").append(paint(CompactJson.render(expected, valueWidth), Ansi.Color.RED, color));
        out.append("\nactual:   ").append(paint(CompactJson.render(actual, valueWidth), Ansi.Color.GREEN, color));
        return out.toString();
    }

    private void appendDifference(StringBuilder out, Difference d, boolean color) {
        String path = color ? new Ansi().bold().a(d.path()).boldOff().toString() : d.path();
        out.append(path).append(" (").append(label(d)).append(')');
        if (d.expected() != null) {
            out.append("\n  ").append(paint("- " + value(d.expected()), Ansi.Color.RED, color));
        }
        if (d.actual() != null) {
            out.append("\n  ").append(paint("+ " + value(d.actual()), Ansi.Color.GREEN, color));
        }
    }

    private String label(Difference d) {
        return switch (d.kind()) {
            case MISSING -> "missing";
            case UNEXPECTED -> "unexpected";
            case VALUE -> "value";
            case TYPE -> "type";
            case LENGTH -> "length " + d.expected().size() + ", was " + d.actual().size();
        };
    }

    private String value(JsonNode node) {
        return CompactJson.render(node, valueWidth);
    }

    /** {@code new Ansi()} rather than {@code Ansi.ansi()}: the caller's flag decides, not Jansi's global switch. */
    private static String paint(String text, Ansi.Color colour, boolean color) {
        return color ? new Ansi().fg(colour).a(text).reset().toString() : text;
    }
}
