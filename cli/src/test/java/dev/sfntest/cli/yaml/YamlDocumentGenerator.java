package dev.sfntest.cli.yaml;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes random YAML documents from a seeded {@link Random}: nested block mappings and sequences with varied
 * indentation, {@code - key: value} items, empty values, plain and quoted scalars that YAML 1.1 types in
 * surprising ways, one-line flow collections, comments and blank lines. With {@code odd} set it also writes what
 * the fast path must leave to SnakeYAML — anchors, tags, block scalars, continuation lines, misplaced
 * indentation, duplicate keys, tabs, CRLF, document markers, broken quotes — which may or may not be valid YAML.
 */
final class YamlDocumentGenerator {
    /** Plain scalars valid as block values: strings, YAML 1.1 ints, floats, booleans, nulls, timestamps. */
    private static final List<String> PLAIN = List.of("hello", "hello world", "a  b", "a#b", "a:b", "http://x.y/z?q=1",
            "-x", ".5", "-.5", "+1", "1", "-7", "0", "-0", "00", "012", "09", "0x1F", "0o17", "0b101", "1_000",
            "1:30", "190:20:30.15", "1e3", "1E+3", "1.0", "0.1", "3.14159", "1.", "6.8523015e+5", ".inf", "-.Inf",
            ".NaN", "yes", "No", "on", "OFF", "y", "n", "Yes", "true", "False", "TRUE", "~", "null", "NULL", "Null",
            "2024-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "12345678901234567890",
            "9223372036854775807", "9223372036854775808", "2147483647", "2147483648", "-2147483649",
            "999999999999999999", "1000000000000000000", "é", "naïve café", "日本語", "a,b", "a]", "a}", "a{b",
            "x?", "a'b", "a\"b", "$.path", "States.Format('{}', $.x)", "=", "a - b", "?x", ":x",
            "tilde~", "a!b", "a&b", "a*b", "100%", "key=value", "-1e3", "+.5", "0.0", "-0.0", "1__0", "0x_1F");
    /** Double-quoted scalars, escapes included, written as they appear in the file. */
    private static final List<String> DOUBLE = List.of("\"\"", "\"a: b\"", "\"it's\"", "\"\\\"\"", "\"\\\\\"",
            "\"\\n\"", "\"\\t\"", "\"\\u00e9\"", "\"\\x41\"", "\"#not a comment\"", "\"yes\"", "\"123\"",
            "\"  spaced  \"", "\"\\e\\a\\0\\b\\f\\v\\r\"", "\"\\N\\_\\L\\P\"", "\"\\ \"", "\"a # b\"", "\"null\"",
            "\"é\"", "\"{a: b}\"", "\"[1, 2]\"", "\"ORD-00001\"");
    /** Single-quoted scalars. */
    private static final List<String> SINGLE = List.of("''", "'it''s'", "'a\\b'", "'\"'", "'#x'", "'yes'",
            "'a: b'", "'  '", "''''", "'x'' #y'");
    /** Plain scalars valid inside flow collections. */
    private static final List<String> FLOW_PLAIN = List.of("a", "hello world", "1", "-7", "0x1F", "012", "yes", "~",
            "null", "1.5", "a#b", "http://x", "-x", ".5", "true", "é", "a'b", "a\"b", "1e3", "Off", "x:y", "a.b");
    /** What the fast path leaves to SnakeYAML (valid or not), used with {@code odd}. */
    private static final List<String> ODD_VALUES = List.of("a: b", "x:", "-", "&a x", "*a", "!t x", "!!str 1", "|", ">",
            "%x", "@x", "`x", "- x", "? x", "[a", "{a", "'unterminated", "\"bad \\q escape\"", "\"\\U0001F600\"", "\"\\/\"",
            "😀", "<<", "a\tb", "[a, ]", "{a, b}", "[a: 1]", "{a:1}", "{a: }", "[,]", "{\"a\":1}", "{a :1}", "'a' b",
            "\"a\"b", "\"a\"#c", "[a]#c", "[a] b", "{a: 1, a: 2}", "{? a: 1}", "[a, [b, {c: d}]]", "[-]", "[- a]",
            "[a,b]", "{a: [b,c],d: e}", "!!binary aGk=", "&x [a]", "a #", "#", "a\\", "\"\\u12\"", "\"\\uD800\"",
            "'a\\'", "[a #b]", "{a: b #c}", "--- x", "... x", "a\u0085b", "a\u2028b", "\u00A0", "x\u007Fy",
            "[\"a\" , 'b' ,c ]", "{ \"k\" :v}", "[:a]", "[a:]", "{a:}", "[?]", "[a?b]", "{a: b: c}", "[a, b c]");

    private final Random random;
    private final boolean odd;
    private final StringBuilder out = new StringBuilder();

    YamlDocumentGenerator(Random random, boolean odd) {
        this.random = random;
        this.odd = odd;
    }

    String document() {
        out.setLength(0);
        comments(0);
        int rootIndent = chance(10) ? random.nextInt(3) : 0;
        int kind = random.nextInt(12);
        if (kind == 0) {
            sequence(rootIndent, 0);
        } else if (kind == 1) {
            flow(0);
            comment();
            out.append('\n');
        } else {
            mapping(rootIndent, 0, false);
        }
        comments(0);
        String text = out.toString();
        if (odd) {
            text = decorate(text);
        } else if (chance(10) && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** A block mapping at {@code indent}; with {@code firstInline} its first key follows a "- " already written. */
    private void mapping(int indent, int depth, boolean firstInline) {
        int entries = 1 + random.nextInt(depth > 2 ? 2 : 4);
        Set<String> used = new HashSet<>();
        String previous = null;
        for (int i = 0; i < entries; i++) {
            if (i > 0 || !firstInline) {
                if (i > 0) {
                    comments(indent);
                }
                spaces(odd && chance(30) ? indent + random.nextInt(3) - 1 : indent);
            }
            String key = odd && previous != null && chance(15) ? previous : key(used);
            previous = key;
            out.append(key);
            if (chance(15)) {
                out.append(' ');
            }
            out.append(':');
            value(indent, depth);
        }
    }

    private String key(Set<String> used) {
        while (true) {
            String key = switch (random.nextInt(8)) {
                case 0 -> "\"k" + random.nextInt(20) + "\"";
                case 1 -> "'k " + random.nextInt(20) + "'";
                case 2 -> String.valueOf(random.nextInt(20));
                case 3 -> pick(List.of("yes", "~", "null", "true", "1.5", "0x1F", "-a", ".a", "a b", "a#b", "a:b",
                        "$.x", "é", "k\"q", "k'q", "\"\"", "''", "'yes'"));
                default -> "key" + random.nextInt(30);
            };
            String text = key.startsWith("\"") || key.startsWith("'") ? key.substring(1, key.length() - 1) : key;
            if (used.add(text)) {
                return key;
            }
        }
    }

    /** What follows a key's ':' up to and including its last line. */
    private void value(int indent, int depth) {
        int kind = random.nextInt(depth >= 4 ? 4 : 7);
        switch (kind) {
            case 0, 1 -> {
                out.append(' ').append(scalar());
                if (odd && chance(20)) {
                    continuation(indent);
                }
                lineEnd();
            }
            case 2 -> {
                out.append(' ');
                flow(depth);
                lineEnd();
            }
            case 3 -> lineEnd();
            case 4, 5 -> {
                lineEnd();
                comments(indent + 1);
                mapping(indent + 1 + random.nextInt(4), depth + 1, false);
            }
            default -> {
                lineEnd();
                comments(indent);
                sequence(chance(2) ? indent : indent + 1 + random.nextInt(3), depth + 1);
            }
        }
    }

    private void sequence(int indent, int depth) {
        int items = 1 + random.nextInt(depth > 2 ? 2 : 4);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                comments(indent);
            }
            spaces(odd && chance(30) ? indent + random.nextInt(3) - 1 : indent);
            out.append('-');
            switch (random.nextInt(depth >= 4 ? 3 : 6)) {
                case 0 -> {
                    out.append(' ').append(scalar());
                    lineEnd();
                }
                case 1 -> {
                    out.append(' ');
                    flow(depth);
                    lineEnd();
                }
                case 2 -> lineEnd();
                case 3, 4 -> {
                    int gap = 1 + random.nextInt(3);
                    spaces(gap);
                    mapping(indent + 1 + gap, depth + 1, true);
                }
                default -> {
                    lineEnd();
                    int nested = indent + 1 + random.nextInt(3);
                    if (chance(2)) {
                        mapping(nested, depth + 1, false);
                    } else {
                        sequence(nested, depth + 1);
                    }
                }
            }
        }
    }

    private String scalar() {
        if (odd && chance(8)) {
            return pick(ODD_VALUES);
        }
        return switch (random.nextInt(6)) {
            case 0 -> pick(DOUBLE);
            case 1 -> pick(SINGLE);
            default -> pick(PLAIN) + (chance(8) ? "  " : "");
        };
    }

    private void flow(int depth) {
        if (odd && chance(15)) {
            out.append(pick(ODD_VALUES));
            return;
        }
        boolean isMapping = random.nextBoolean();
        out.append(isMapping ? '{' : '[');
        int count = random.nextInt(4);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            out.append(i > 0 ? "," : "").append(" ".repeat(random.nextInt(i > 0 ? 3 : 2)));
            if (isMapping) {
                String key = key(used);
                boolean quoted = key.startsWith("\"") || key.startsWith("'");
                if (!flowSafe(key)) {
                    key = "k" + used.size() + "x" + i;
                    used.add(key);
                }
                out.append(key);
                out.append(quoted && chance(3) ? ":" : ": ");
            }
            if (depth < 4 && chance(5)) {
                flow(depth + 1);
            } else {
                out.append(switch (random.nextInt(4)) {
                    case 0 -> pick(DOUBLE);
                    case 1 -> pick(SINGLE);
                    default -> pick(FLOW_PLAIN);
                });
            }
            if (chance(6)) {
                out.append(' ');
            }
        }
        out.append(isMapping ? '}' : ']');
    }

    /** Keys whose text is the same inside a flow collection as in a block ("a#b", "a:b" are not). */
    private static boolean flowSafe(String key) {
        return !key.contains(":") && !key.contains("#");
    }

    /** A plain scalar's next line, more indented: SnakeYAML folds it in (or reports it), the fast path gives up. */
    private void continuation(int indent) {
        out.append('\n');
        spaces(indent + 1 + random.nextInt(3));
        out.append(pick(List.of("more", "more: x", "- x", "\"q\"", "# only a comment")));
    }

    private void lineEnd() {
        if (chance(5)) {
            comment();
        } else if (chance(10)) {
            out.append("   ");
        }
        out.append('\n');
    }

    private void comment() {
        out.append(pick(List.of(" # a comment", "  #", " #: not a key", " # - x")));
    }

    /** Blank lines and comment-only lines, at any indentation. */
    private void comments(int indent) {
        while (chance(6)) {
            spaces(random.nextInt(indent + 3));
            if (chance(2)) {
                out.append("# note: " + random.nextInt(9));
            }
            out.append('\n');
        }
    }

    /** Whole-document oddities SnakeYAML handles or reports: markers, BOM, CRLF, tabs, a cut-off end. */
    private String decorate(String text) {
        return switch (random.nextInt(14)) {
            case 0 -> "---\n" + text;
            case 1 -> text + "...\n";
            case 2 -> "\uFEFF" + text;
            case 3 -> text.replace("\n", "\r\n");
            case 4 -> text.replaceFirst("\n  ", "\n\t");
            case 5 -> text.substring(0, random.nextInt(text.length() + 1));
            case 6 -> "%YAML 1.1\n---\n" + text;
            case 7 -> text + "---\nsecond: doc\n";
            case 8 -> text.replaceFirst(": ", ": &anchor ");
            default -> text;
        };
    }

    private void spaces(int count) {
        out.append(" ".repeat(Math.max(0, count)));
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
