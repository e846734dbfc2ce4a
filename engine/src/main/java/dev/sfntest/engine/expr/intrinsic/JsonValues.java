package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.util.Iterator;
import java.util.TreeMap;
import java.util.Map;

/**
 * Value equality of JSON as ArrayContains and ArrayUnique need it: numbers compare by value (1 equals 1.0),
 * objects ignore field order, everything else compares structurally.
 */
final class JsonValues {
    private JsonValues() {}

    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        if (a.getNodeType() != b.getNodeType()) return false;
        if (a.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) return false;
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) return false;
            Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = b.get(field.getKey());
                if (other == null || !same(field.getValue(), other)) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    /** A text that is equal for two values exactly when {@link #same} is true (for hashing). */
    static String key(JsonNode v) {
        StringBuilder out = new StringBuilder();
        appendKey(v, out);
        return out.toString();
    }

    private static void appendKey(JsonNode v, StringBuilder out) {
        if (v.isNumber()) {
            java.math.BigDecimal d = v.decimalValue();
            out.append('n').append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (v.isArray()) {
            out.append('[');
            for (JsonNode item : v) {
                appendKey(item, out);
                out.append(',');
            }
            out.append(']');
        } else if (v.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            v.fields().forEachRemaining(f -> sorted.put(f.getKey(), f.getValue()));
            out.append('{');
            sorted.forEach((name, value) -> {
                out.append(Json.write(Json.NODES.textNode(name))).append(':');
                appendKey(value, out);
                out.append(',');
            });
            out.append('}');
        } else {
            out.append(Json.write(v));
        }
    }
}
