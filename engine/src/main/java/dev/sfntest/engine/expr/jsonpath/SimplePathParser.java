package dev.sfntest.engine.expr.jsonpath;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the simple definite paths that are evaluated without Jayway: {@code $}, {@code $.a.b},
 * {@code $.a[0].b}, {@code $['x y']}. Anything else (wildcards, filters, slices, unions, functions, escapes)
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
                    int close = path.indexOf(open, pos + 1);
                    if (close < 0) return null;
                    String name = path.substring(pos + 1, close);
                    if (name.indexOf('\\') >= 0) return null; // escapes: let Jayway decide
                    if (close + 1 >= len || path.charAt(close + 1) != ']') return null; // unions
                    segments.add(new PathSegment.Field(name));
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

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
