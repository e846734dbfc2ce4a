package dev.sfntest.cli.yaml;

import java.nio.file.Path;

/**
 * The character level of {@link YamlSubsetParser}: walks a file's text line by line, skipping comments and blank
 * lines, and reads one-line scalars (plain, single- and double-quoted) the way SnakeYAML's scanner does. Anything
 * outside the subset, or anything where SnakeYAML might read differently, throws {@link GiveUp}.
 *
 * <p>Written for a cold JVM: plain loops over a char array, no regular expressions, one String per scalar.
 */
abstract class YamlSubsetScanner {
    /** Longest simple key SnakeYAML accepts is 1024 characters; stay clear of the edge. */
    static final int MAX_KEY_LENGTH = 1000;

    /** Characters that cannot start a plain scalar (SnakeYAML's checkPlain), besides blanks and line ends. */
    private static final boolean[] INDICATOR = table("-?:,[]{}#&*!|>'\"%@`");
    /** Characters that end a plain scalar inside a flow collection, besides blanks and ':'. */
    private static final boolean[] FLOW_STOP = table(",?[]{}");
    /** Characters after which a ':' inside a flow collection is a value indicator, besides blanks. */
    private static final boolean[] FLOW_BRACKET = table(",[]{}");

    /** Abandons the fast path; made once, without a stack trace, and never escapes {@link YamlSubsetParser}. */
    static final class GiveUp extends RuntimeException {
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("outside the YAML subset", null, false, false);
        }
    }

    /** The text followed by a '\0' (which the text itself cannot hold), so one look ahead never runs off the end. */
    final char[] s;
    final Path file;
    int pos;
    int line = 1;
    int lineStart;
    /** Whether {@code pos} is at content; false once only blank lines and comments are left. */
    boolean more;
    /** Set by {@link #plainInBlock()}: the scalar is a key, and {@code pos} is just past its ':'. */
    boolean endsWithColon;

    YamlSubsetScanner(Path file, String text) {
        this.file = file;
        this.s = new char[text.length() + 1];
        text.getChars(0, text.length(), s, 0);
    }

    static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    /**
     * Whether every character is one the subset can take as it is: printable BMP characters and '\n'. Tabs,
     * '\r', a byte-order mark, the YAML 1.1 line breaks (U+0085, U+2028, U+2029), other control characters and
     * surrogates (non-BMP text, whose columns SnakeYAML counts differently from chars) are left to SnakeYAML.
     */
    final boolean onlyPlainCharacters() {
        char[] chars = s;
        int end = chars.length - 1;
        for (int i = 0; i < end; i++) {
            char c = chars[i];
            if (c >= ' ' ? c >= 0x7F && (c < 0xA0 || c >= 0xD800 && c < 0xE000 || c > 0xFFFD || c == 0xFEFF
                    || c == 0x2028 || c == 0x2029) : c != '\n') {
                return false;
            }
        }
        return true;
    }

    final int column() {
        return pos - lineStart;
    }

    final Location here() {
        return new Location(file, line, pos - lineStart + 1);
    }

    static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == 0;
    }

    /** Whether a '-' at {@code pos} is a block sequence entry. */
    final boolean atDash() {
        return s[pos] == '-' && blank(s[pos + 1]);
    }

    /** Whether only spaces and maybe a comment are left on the current line. */
    final boolean restOfLineIsEmpty() {
        int p = pos;
        while (s[p] == ' ') {
            p++;
        }
        char c = s[p];
        return c == '\n' || c == 0 || c == '#' && p > pos;
    }

    final void skipSpaces() {
        while (s[pos] == ' ') {
            pos++;
        }
    }

    /**
     * Moves from the start of a line to the first character of the next line with content, past blank lines
     * and comment lines; sets {@link #more} to false at the end of the text. Document markers are left to
     * SnakeYAML.
     */
    final void nextContentLine() {
        char[] chars = s;
        int p = pos;
        while (true) {
            int start = p;
            while (chars[p] == ' ') {
                p++;
            }
            char c = chars[p];
            if (c == '#') {
                while (chars[p] != '\n' && chars[p] != 0) {
                    p++;
                }
                c = chars[p];
            }
            if (c == '\n') {
                p++;
                line++;
                continue;
            }
            lineStart = start;
            pos = p;
            more = c != 0;
            if (p == start && ((c == '-' && chars[p + 1] == '-' && chars[p + 2] == '-')
                    || (c == '.' && chars[p + 1] == '.' && chars[p + 2] == '.'))) {
                throw giveUp();
            }
            return;
        }
    }

    /**
     * Finishes the current line after a value: spaces, then an optional comment (which needs a space before
     * it), then the line end; moves to the next line with content.
     */
    final void endLine() {
        char[] chars = s;
        int p = pos;
        while (chars[p] == ' ') {
            p++;
        }
        if (chars[p] == '#') {
            if (p == pos) {
                throw giveUp();
            }
            while (chars[p] != '\n' && chars[p] != 0) {
                p++;
            }
        }
        if (chars[p] == '\n') {
            pos = p + 1;
            line++;
            lineStart = pos;
        } else if (chars[p] == 0) {
            pos = p;
        } else {
            throw giveUp();
        }
        nextContentLine();
    }

    /** Whether a plain scalar may start at {@code pos} (SnakeYAML's checkPlain). */
    final boolean plainStarts(boolean inFlow) {
        char c = s[pos];
        if (c >= 128 || !INDICATOR[c] && !blank(c)) {
            return true;
        }
        return (c == '-' || !inFlow && (c == '?' || c == ':')) && !blank(s[pos + 1]);
    }

    /**
     * Reads a plain scalar outside flow collections, up to the end of its line, a comment or a ': ' (then it
     * is a key: {@link #endsWithColon} is set and {@code pos} left just past the ':'). Only one line: the
     * caller gives up when a more indented line follows, which SnakeYAML would fold into the scalar.
     */
    final String plainInBlock() {
        char[] chars = s;
        int start = pos;
        int p = start;
        while (true) {
            char c = chars[p];
            if (c == ':') {
                if (blank(chars[p + 1])) {
                    endsWithColon = true;
                    break;
                }
            } else if (c == '\n' || c == 0 || c == '#' && chars[p - 1] == ' ') {
                endsWithColon = false;
                break;
            }
            p++;
        }
        int end = p;
        while (chars[end - 1] == ' ') {
            end--;
        }
        if (endsWithColon && p - start > MAX_KEY_LENGTH) {
            throw giveUp();
        }
        pos = endsWithColon ? p + 1 : end;
        return new String(chars, start, end - start);
    }

    /**
     * Reads a plain scalar inside a flow collection: words separated by spaces, ending at a flow indicator, a
     * ': ' or the end of the line.
     */
    final String plainInFlow() {
        char[] chars = s;
        int start = pos;
        int end = start;
        int p = start;
        while (chars[p] != '#') {
            int q = p;
            while (true) {
                char c = chars[q];
                if (c == ' ' || c == '\n' || c == 0 || c < 128 && FLOW_STOP[c]) {
                    break;
                }
                if (c == ':') {
                    char next = chars[q + 1];
                    if (blank(next) || next < 128 && FLOW_BRACKET[next]) {
                        break;
                    }
                }
                q++;
            }
            if (q == p) {
                break;
            }
            end = q;
            p = q;
            while (chars[p] == ' ') {
                p++;
            }
            if (p == q) {
                break;
            }
        }
        pos = end;
        return new String(chars, start, end - start);
    }

    /** Reads a one-line single- or double-quoted scalar starting at {@code pos}; leaves {@code pos} past it. */
    final String quoted() {
        return s[pos] == '"' ? doubleQuoted() : singleQuoted();
    }

    private String singleQuoted() {
        char[] chars = s;
        int start = pos + 1;
        int p = start;
        StringBuilder b = null;
        while (true) {
            char c = chars[p];
            if (c == '\'') {
                if (chars[p + 1] != '\'') {
                    break;
                }
                // '' is one quote.
                if (b == null) {
                    b = new StringBuilder(p - start + 16);
                }
                b.append(chars, start, p - start + 1);
                p += 2;
                start = p;
                continue;
            }
            if (c == '\n' || c == 0) {
                throw giveUp();
            }
            p++;
        }
        pos = p + 1;
        return b == null ? new String(chars, start, p - start) : b.append(chars, start, p - start).toString();
    }

    private String doubleQuoted() {
        char[] chars = s;
        int start = pos + 1;
        int p = start;
        while (true) {
            char c = chars[p];
            if (c == '"') {
                pos = p + 1;
                return new String(chars, start, p - start);
            }
            if (c == '\\') {
                break;
            }
            if (c == '\n' || c == 0) {
                throw giveUp();
            }
            p++;
        }
        StringBuilder b = new StringBuilder(p - start + 16).append(chars, start, p - start);
        while (true) {
            char c = chars[p];
            if (c == '"') {
                pos = p + 1;
                return b.toString();
            }
            if (c == '\n' || c == 0) {
                throw giveUp();
            }
            if (c != '\\') {
                b.append(c);
                p++;
                continue;
            }
            char e = chars[p + 1];
            p += 2;
            switch (e) {
                case '"', '\\', ' ' -> b.append(e);
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case '0' -> b.append('\0');
                case 'a' -> b.append('\u0007');
                case 'v' -> b.append('\u000B');
                case 'e' -> b.append('\u001B');
                case 'N' -> b.append('\u0085');
                case '_' -> b.append('\u00A0');
                case 'L' -> b.append('\u2028');
                case 'P' -> b.append('\u2029');
                case 'x' -> {
                    b.append(hex(p, 2));
                    p += 2;
                }
                case 'u' -> {
                    b.append(hex(p, 4));
                    p += 4;
                }
                // \U (non-BMP), an escaped line break and unknown escapes (SnakeYAML 2.2 has no \/) are
                // SnakeYAML's to handle or report.
                default -> throw giveUp();
            }
        }
    }

    /** The character written as {@code digits} hex digits at {@code p}; surrogates are left to SnakeYAML. */
    private char hex(int p, int digits) {
        int value = 0;
        for (int i = p; i < p + digits; i++) {
            char c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw giveUp();
            }
            value = value * 16 + d;
        }
        if (value >= 0xD800 && value < 0xE000) {
            throw giveUp();
        }
        return (char) value;
    }

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }
}
