package dev.sfntest.cli.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;

/** Compact JSON text of a value, cut to a width for one-line messages. */
public final class CompactJson {
    /** The ellipsis that marks a cut value. */
    public static final String ELLIPSIS = "…";

    private CompactJson() {}

    /**
     * Compact JSON of {@code node}, at most {@code maxWidth} code points: a longer text keeps its first
     * {@code maxWidth - 1} code points and ends with "…". {@code null} (no value at all) renders as {@code (none)}.
     */
    public static String render(JsonNode node, int maxWidth) {
        if (maxWidth < 2) {
            throw new IllegalArgumentException("maxWidth must be at least 2, was " + maxWidth);
        }
        String text = node == null || node.isMissingNode() ? "(none)" : Json.write(node);
        if (text.codePointCount(0, text.length()) <= maxWidth) {
            return text;
        }
        // Cut on a code point boundary so a surrogate pair is never split.
        return text.substring(0, text.offsetByCodePoints(0, maxWidth - 1)) + ELLIPSIS;
    }
}
