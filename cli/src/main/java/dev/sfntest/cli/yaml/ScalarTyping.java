package dev.sfntest.cli.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a resolved scalar (its tag and text) into the JSON value we keep, the YAML 1.1 way SnakeYAML reads it:
 * {@code yes} is true, {@code 012} is 10, {@code 1.0} keeps its digits, a timestamp stays the text it was written
 * as. Both ways of reading a file ({@link YamlReader}'s SnakeYAML path and {@link YamlSubsetParser}) type their
 * scalars here, so they cannot drift apart. Not thread-safe (SnakeYAML's constructor is not): one per read.
 */
final class ScalarTyping {
    private ScalarConstructor constructor;

    /**
     * The value of a scalar with this tag and text. A value SnakeYAML cannot construct (an int too odd to read)
     * is reported at {@code location} and kept as text.
     */
    JsonNode value(Tag tag, String text, Location location, Problems problems) {
        try {
            if (Tag.STR.equals(tag)) {
                return Json.NODES.textNode(text);
            }
            if (Tag.NULL.equals(tag)) {
                return Json.NODES.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                // true/false need no look-up; yes, On, NO… are YAML 1.1 booleans too.
                return text.equals("true") || text.equals("false") ? Json.NODES.booleanNode(text.equals("true"))
                        : Json.NODES.booleanNode((Boolean) construct(tag, text));
            }
            if (Tag.INT.equals(tag)) {
                if (isPlainDecimal(text)) {
                    long l = Long.parseLong(text);
                    return l == (int) l ? Json.NODES.numberNode((int) l) : Json.NODES.numberNode(l);
                }
                Object value = construct(tag, text);
                if (value instanceof Integer i) {
                    return Json.NODES.numberNode(i);
                }
                if (value instanceof Long l) {
                    return Json.NODES.numberNode(l);
                }
                return Json.NODES.numberNode((BigInteger) value);
            }
            if (Tag.FLOAT.equals(tag)) {
                return floatValue(tag, text);
            }
        } catch (RuntimeException e) {
            problems.add(location, "", "cannot read the value '" + text + "': " + e.getMessage());
        }
        // Strings, timestamps (kept as written), binary and unknown tags.
        return Json.NODES.textNode(text);
    }

    private JsonNode floatValue(Tag tag, String text) {
        String plain = text.replace("_", "");
        try {
            // Keep the digits exactly as written: 1.0 stays 1.0 and 0.1 is not a binary double.
            return Json.NODES.numberNode(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            // .inf, .nan, sexagesimal 1:30.5 — no exact form; JSON cannot hold inf/nan anyway.
            return Json.NODES.numberNode((Double) construct(tag, text));
        }
    }

    /**
     * Whether an int is written in plain decimal that fits a long ({@code 42}, {@code -7}): the common case, read
     * without SnakeYAML's constructor (which also handles 0x1F, 0o17, 012, 1_000 and 1:30). Leading zeros mean
     * octal in YAML 1.1, so they go the long way.
     */
    static boolean isPlainDecimal(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18 || (digits > 1 && text.charAt(start) == '0')) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** SnakeYAML's own construction of the value, made on first use (most files never need it). */
    private Object construct(Tag tag, String text) {
        if (constructor == null) {
            constructor = new ScalarConstructor(YamlReader.options());
        }
        return constructor.construct(new ScalarNode(tag, text, null, null, DumperOptions.ScalarStyle.PLAIN));
    }

    /** Exposes SnakeYAML's YAML 1.1 scalar constructors (ints in all bases, booleans like yes/no, floats). */
    private static final class ScalarConstructor extends SafeConstructor {
        ScalarConstructor(LoaderOptions options) {
            super(options);
        }

        Object construct(ScalarNode node) {
            return constructObject(node);
        }
    }
}
