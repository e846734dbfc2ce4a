package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code States.Name(arg, ...)} into an {@link Argument.Call} tree, once, when the definition is loaded.
 *
 * <p>Arguments: {@code 'strings'} with the escapes {@code \'}, {@code \{}, {@code \}}, {@code \\} (any other
 * backslash is an error: AWS guide, "Reserved characters in intrinsic functions"); numbers; {@code true},
 * {@code false}, {@code null}; paths starting with {@code $}; nested calls, at most 10 deep (AWS guide: "You can
 * nest up to 10 intrinsic functions within a field").
 */
final class IntrinsicParser {
    static final int MAX_NESTING = 10;

    private final String source;
    private int pos;

    private IntrinsicParser(String source) {
        this.source = source;
    }

    /** Parses a whole field value; IllegalArgumentException (with the position) when it is not one call. */
    static Argument.Call parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text);
        parser.skipSpaces();
        Argument.Call call = parser.call(1);
        parser.skipSpaces();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the call");
        }
        return call;
    }

    private Argument.Call call(int depth) {
        int start = pos;
        if (!source.startsWith("States.", pos)) {
            throw error("expected an intrinsic function such as States.Format(...)");
        }
        pos += "States.".length();
        while (pos < source.length() && Character.isLetterOrDigit(source.charAt(pos))) pos++;
        String name = source.substring(start, pos);
        IntrinsicFunction function = IntrinsicFunctions.find(name);
        if (function == null) {
            pos = start;
            throw error("unknown intrinsic function '" + name + "'");
        }
        if (depth > MAX_NESTING) {
            pos = start;
            throw error("intrinsic functions are nested more than " + MAX_NESTING + " deep");
        }
        skipSpaces();
        expect('(');
        int argumentsStart = pos;
        List<Argument> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                skipSpaces();
                arguments.add(argument(depth));
                skipSpaces();
                if (peek() == ',') {
                    pos++;
                } else if (peek() == ')') {
                    pos++;
                    break;
                } else {
                    throw error("expected ',' or ')' after an argument of " + name);
                }
            }
        }
        String text = source.substring(start, pos);
        // Paths get the text of the call they belong to, for the cause of a failed look-up.
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) instanceof Argument.PathArgument p) {
                arguments.set(i, new Argument.PathArgument(p.path(), text));
            }
        }
        int n = arguments.size();
        if (n < function.minArguments() || n > function.maxArguments()) {
            pos = argumentsStart;
            throw error(name + " takes " + arityText(function) + ", but got " + n);
        }
        try {
            function.validate(arguments);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid intrinsic function call '" + text + "': " + e.getMessage(), e);
        }
        return new Argument.Call(function, List.copyOf(arguments), text);
    }

    private Argument argument(int depth) {
        char c = peek();
        if (c == '\'') return string();
        if (c == '$') {
            return new Argument.PathArgument(path(), ""); // the call's text is filled in by call()
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (source.startsWith("States.", pos)) return call(depth + 1);
        for (String word : new String[] {"true", "false", "null"}) {
            if (source.startsWith(word, pos) && !isWordChar(pos + word.length())) {
                pos += word.length();
                JsonNode value = switch (word) {
                    case "true" -> Json.NODES.booleanNode(true);
                    case "false" -> Json.NODES.booleanNode(false);
                    default -> NullNode.getInstance();
                };
                return new Argument.Literal(value, word);
            }
        }
        throw error("expected an argument: a 'string', a number, true, false, null, a $path or States.Function(...)");
    }

    private Argument.StringLiteral string() {
        int start = pos;
        pos++; // opening quote
        StringBuilder value = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        while (true) {
            if (pos >= source.length()) {
                pos = start;
                throw error("the string literal is not closed with '");
            }
            char c = source.charAt(pos);
            if (c == '\'') {
                pos++;
                break;
            }
            if (c == '\\') {
                char next = pos + 1 < source.length() ? source.charAt(pos + 1) : 0;
                if (next != '\'' && next != '{' && next != '}' && next != '\\') {
                    throw error("a backslash may only escape ', {, } or \\ (write \\\\ for a backslash)");
                }
                value.append(next);
                piece.append(next);
                pos += 2;
                continue;
            }
            if (c == '{' && pos + 1 < source.length() && source.charAt(pos + 1) == '}') {
                value.append("{}");
                pieces.add(piece.toString());
                piece.setLength(0);
                pos += 2;
                continue;
            }
            value.append(c);
            piece.append(c);
            pos++;
        }
        pieces.add(piece.toString());
        return new Argument.StringLiteral(Json.NODES.textNode(value.toString()), List.copyOf(pieces),
                source.substring(start, pos));
    }

    private Argument.Literal number() {
        int start = pos;
        if (peek() == '-') pos++;
        while (pos < source.length() && "0123456789.eE+-".indexOf(source.charAt(pos)) >= 0) pos++;
        String text = source.substring(start, pos);
        try {
            BigDecimal decimal = new BigDecimal(text);
            boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
            JsonNode value;
            if (integral) {
                BigInteger big = decimal.toBigIntegerExact();
                value = big.bitLength() < 32 ? Json.NODES.numberNode(big.intValue())
                        : big.bitLength() < 64 ? Json.NODES.numberNode(big.longValue()) : Json.NODES.numberNode(big);
            } else {
                value = Json.NODES.numberNode(decimal);
            }
            return new Argument.Literal(value, text);
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("'" + text + "' is not a number");
        }
    }

    /** A path runs to the next ',' or ')' outside brackets, parentheses and quotes (filters may hold both). */
    private JsonPathExpression path() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (quote != 0) {
                if (c == '\\') pos++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) break;
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            pos++;
        }
        String text = source.substring(start, pos).strip();
        try {
            return JsonPathExpression.compile(text);
        } catch (IllegalArgumentException e) {
            pos = start;
            throw error(e.getMessage());
        }
    }

    private static String arityText(IntrinsicFunction f) {
        int min = f.minArguments();
        int max = f.maxArguments();
        if (max == Integer.MAX_VALUE) return "at least " + plural(min);
        if (min == max) return "exactly " + plural(min);
        return min + " to " + plural(max);
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private boolean isWordChar(int at) {
        return at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '_');
    }

    private char peek() {
        return pos < source.length() ? source.charAt(pos) : 0;
    }

    private void expect(char c) {
        if (peek() != c) throw error("expected '" + c + "'");
        pos++;
    }

    private void skipSpaces() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("Invalid intrinsic function call '" + source + "' at position "
                + pos + ": " + message);
    }
}
