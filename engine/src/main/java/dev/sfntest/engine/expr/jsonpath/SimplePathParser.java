package dev.sfntest.engine.expr.jsonpath;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the simple definite paths that are evaluated without Jayway: {@code $}, {@code $.a.b},
 * {@code $.a[0].b}, {@code $['x y']}. Anything else (wildcards, filters, slices, unions, functions)
 * yields {@code null} and is left to Jayway.
 */
final class SimplePathParser {
    private SimplePathParser() {}

    /** The segments of {@code path} (which starts with {@code $}), or {@code null} when it is not simple. */
    static List<PathSegment> parse(String path) {
        if (path.isEmpty() || path.charAt(0) != '$') return null;
        List<PathSegment> segments = new ArrayList<>();
        int pos = 1;
        int len = path.length();
        while (pos < len) {
            char c = path.charAt(pos);
            if (c == '.') {
                int start = ++pos;
                while (pos < len && isNameChar(path.charAt(pos))) pos++;
                if (pos == start) return null; // "..", "$.", "$.*" and friends
                if (pos < len && path.charAt(pos) != '.' && path.charAt(pos) != '[') return null;
                segments.add(new PathSegment.Field(path.substring(start, pos)));
            } else if (c == '[') {
                pos++;
                if (pos >= len) return null;
                char open = path.charAt(pos);
                if (open == '\'' || open == '"') {
                    StringBuilder name = new StringBuilder();
                    int close = quotedName(path, pos, name);
                    if (close < 0) return null;
                    if (close + 1 >= len || path.charAt(close + 1) != ']') return null; // unions
                    segments.add(new PathSegment.Field(name.toString()));
                    pos = close + 2;
                } else {
                    int start = pos;
                    if (path.charAt(pos) == '-') pos++;
                    int digitsStart = pos;
                    while (pos < len && Character.isDigit(path.charAt(pos))) pos++;
                    if (pos == digitsStart || pos - digitsStart > 9 || pos >= len || path.charAt(pos) != ']') {
                        return null;
                    }
                    segments.add(new PathSegment.Index(Integer.parseInt(path.substring(start, pos))));
                    pos++;
                }
            } else {
                return null;
            }
        }
        return List.copyOf(segments);
    }

    /**
     * Reads the quoted name opened at {@code open} into {@code name}; answers the index of the closing quote, or -1.
     * Only {@code \\} and a backslash before the enclosing quote are escapes; any other backslash is part of the
     * name. AWS read {@code $['Test\""Name"']} as the key {@code Test\""Name"} (corpus
     * scenarios/test_base_scenarios.test_escape_sequence_parsing.ESCAPE_SEQUENCES_JSONPATH), where Jayway would
     * drop that backslash.
     */
    private static int quotedName(String path, int open, StringBuilder name) {
        char quote = path.charAt(open);
        for (int i = open + 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == quote) return i;
            if (c == '\\' && i + 1 < path.length() && (path.charAt(i + 1) == quote || path.charAt(i + 1) == '\\')) {
                c = path.charAt(++i);
            }
            name.append(c);
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
