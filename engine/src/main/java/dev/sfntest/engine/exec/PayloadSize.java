package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a value's JSON text would exceed AWS's payload limit (bytes of UTF-8). Walks the tree and stops as soon
 * as the limit is passed, so small payloads cost little and a huge one costs no more than the limit.
 */
final class PayloadSize {
    private PayloadSize() {}

    static boolean exceeds(JsonNode value, int limit) {
        return value != null && size(value, limit) > limit;
    }

    /** The value's size in bytes of UTF-8 JSON text, exact up to {@code limit}; past it, some number above it. */
    static long of(JsonNode value, int limit) {
        return value == null ? 0 : size(value, limit);
    }

    private static long size(JsonNode node, long budget) {
        switch (node.getNodeType()) {
            case STRING:
                return stringSize(node.textValue());
            case NUMBER:
                return node.asText().length();
            case BOOLEAN:
                return node.booleanValue() ? 4 : 5;
            case NULL:
            case MISSING:
                return 4;
            case ARRAY: {
                long total = 2;
                for (JsonNode e : node) {
                    total += size(e, budget - total) + 1;
                    if (total > budget) return total;
                }
                return total;
            }
            case OBJECT: {
                long total = 2;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    total += stringSize(e.getKey()) + 1 + size(e.getValue(), budget - total) + 1;
                    if (total > budget) return total;
                }
                return total;
            }
            default:
                return node.toString().length();
        }
    }

    private static long stringSize(String s) {
        long n = s.length() + 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\') {
                // Rare path: count exactly (multi-byte UTF-8 and JSON escapes).
                return s.getBytes(StandardCharsets.UTF_8).length + 2 + escapes(s);
            }
        }
        return n;
    }

    private static int escapes(String s) {
        int extra = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') extra++;
            else if (c < 0x20) extra += 5;
        }
        return extra;
    }
}
