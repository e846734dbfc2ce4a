package dev.sfntest.cli.assertion;

import java.util.regex.Pattern;

/**
 * A JSONPath location built while walking a tree, rendered only when a difference is reported: walking 10,000
 * equal elements builds no strings.
 */
final class JsonPathText {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final JsonPathText ROOT = new JsonPathText(null, null, -1);

    private final JsonPathText parent;
    private final String field;
    private final int index;

    private JsonPathText(JsonPathText parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    JsonPathText field(String name) {
        return new JsonPathText(this, name, -1);
    }

    JsonPathText index(int i) {
        return new JsonPathText(this, null, i);
    }

    /** {@code $.items[2].price}; a key that is not an identifier is bracket-quoted: {@code $['a b']['it\'s']}. */
    String render() {
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            out.append('$');
            return;
        }
        parent.append(out);
        if (field == null) {
            out.append('[').append(index).append(']');
        } else if (IDENTIFIER.matcher(field).matches()) {
            out.append('.').append(field);
        } else {
            out.append("['").append(field.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }
}
