package dev.sfntest.engine.exec.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code StringMatches} pattern, compiled once: {@code *} matches zero or more characters and nothing else is
 * special; {@code \*} is a literal star and {@code \\} a literal backslash (in JSON source: {@code "\\*"} and
 * {@code "\\\\"}).
 *
 * <p>ASL spec, Choice State, operator StringMatches (https://states-language.net/spec.html#choice-state). The spec
 * calls a backslash before any other character an "open escape" and a runtime error; we refuse such a pattern
 * when the definition is loaded (AWS's wording for it is unrecorded).
 */
final class WildcardPattern {
    /** Literal pieces between the wildcards: {@code a*b*c} → [a, b, c]; {@code *x*} → ["", x, ""]. */
    private final String[] pieces;

    private WildcardPattern(String[] pieces) {
        this.pieces = pieces;
    }

    /** Compiles a pattern; throws IllegalArgumentException for an open escape. */
    static WildcardPattern compile(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
                if (next != '*' && next != '\\') {
                    throw new IllegalArgumentException("open escape at index " + i + " of pattern '" + pattern
                            + "': a backslash must be followed by '*' or '\\' (write \"\\\\\\\\\" in JSON for a"
                            + " literal backslash)");
                }
                piece.append(next);
                i++;
            } else if (c == '*') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return new WildcardPattern(pieces.toArray(String[]::new));
    }

    /** Whether {@code text} matches the whole pattern. Leftmost matching of the middle pieces is optimal for globs. */
    boolean matches(String text) {
        int last = pieces.length - 1;
        if (last == 0) return text.equals(pieces[0]);
        String head = pieces[0];
        String tail = pieces[last];
        if (text.length() < head.length() + tail.length() || !text.startsWith(head) || !text.endsWith(tail)) {
            return false;
        }
        int from = head.length();
        int end = text.length() - tail.length();
        for (int i = 1; i < last; i++) {
            int at = text.indexOf(pieces[i], from);
            if (at < 0 || at + pieces[i].length() > end) return false;
            from = at + pieces[i].length();
        }
        return true;
    }
}
