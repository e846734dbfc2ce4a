package dev.sfntest.engine.expr.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson {@link JsonNode}s and the plain Java values dashjoin's JSONata works on.
 *
 * <p>AWS evaluates JSONata with jsonata-js, where every number is an IEEE double: {@code 1.0} and {@code 1} are the
 * same value and print as {@code 1}. So whole numbers come back as integral nodes, fractions as doubles.
 */
final class JsonataValues {
    private JsonataValues() {}

    /** Thrown when a result holds something JSON cannot represent (a function). */
    static final class UnsupportedResultException extends RuntimeException {
        UnsupportedResultException() {
            super(null, null, false, false);
        }
    }

    /** JSON → dashjoin: objects become ordered maps, JSON null becomes {@link Jsonata#NULL_VALUE}. */
    static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) return null;
        switch (node.getNodeType()) {
            case NULL:
                return Jsonata.NULL_VALUE;
            case BOOLEAN:
                return node.booleanValue();
            case STRING:
                return node.textValue();
            case NUMBER:
                return toJavaNumber(node);
            case ARRAY: {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode element : node) list.add(toJava(element));
                return list;
            }
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    map.put(field.getKey(), toJava(field.getValue()));
                }
                return map;
            }
            default:
                throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static Object toJavaNumber(JsonNode node) {
        if (node.isInt() || node.isLong()) return node.numberValue();
        if (node.isBigInteger()) {
            BigInteger value = node.bigIntegerValue();
            return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.doubleValue();
        }
        double value = node.doubleValue();
        return wholeLong(value) ? (Object) (long) value : (Object) value;
    }

    /** dashjoin → JSON. Returns {@code null} for undefined; throws {@link UnsupportedResultException} for functions. */
    static JsonNode toJson(Object value) {
        if (value == null) return null;
        if (value == Jsonata.NULL_VALUE) return Json.NODES.nullNode();
        if (value instanceof String s) return Json.NODES.textNode(s);
        if (value instanceof Boolean b) return Json.NODES.booleanNode(b);
        if (value instanceof Number n) return number(n);
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = Json.NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                // dashjoin never stores undefined members and its final convertNulls turns JSON null into Java
                // null, so a null member here is JSON null.
                JsonNode child = toJson(entry.getValue());
                object.set(String.valueOf(entry.getKey()), child == null ? Json.NODES.nullNode() : child);
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = Json.NODES.arrayNode(list.size());
            for (Object element : list) {
                JsonNode child = toJson(element);
                array.add(child == null ? Json.NODES.nullNode() : child);
            }
            return array;
        }
        // Lambdas (Parser$Symbol), native functions (JFunction, Fn0..Fn8), regexes and anything else.
        throw new UnsupportedResultException();
    }

    private static JsonNode number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return integral(n.longValue());
        }
        if (n instanceof BigInteger big) return Json.NODES.numberNode(big);
        double d = n instanceof BigDecimal dec ? dec.doubleValue() : n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            // JSON.stringify(Infinity) is "null" in jsonata-js.
            return Json.NODES.nullNode();
        }
        if (d == Math.rint(d)) {
            if (wholeLong(d)) return integral((long) d);
            return Json.NODES.numberNode(new BigDecimal(d).toBigInteger());
        }
        return Json.NODES.numberNode(d);
    }

    /** Int-sized values become IntNodes so results compare equal to parsed JSON. */
    private static JsonNode integral(long value) {
        return value == (int) value ? Json.NODES.numberNode((int) value) : Json.NODES.numberNode(value);
    }

    private static boolean wholeLong(double d) {
        return d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15;
    }

    /** True when {@code value} is, or contains, a function. */
    static boolean isFunction(Object value) {
        return value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Map || value instanceof List || value == Jsonata.NULL_VALUE);
    }
}
