package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.expr.intrinsic.IntrinsicExpression;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled payload template — Parameters, ResultSelector, ItemSelector, Credentials of a JSONPath state.
 *
 * <p>A key ending in {@code .$} takes a path ({@code $.x}, {@code $$.x}, {@code $var.x}) or an intrinsic call
 * ({@code States.Format(…)}); the output key drops the {@code .$}. Everything else is copied literally, strings
 * included. Paths and intrinsic calls are compiled here, once.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html">
 *      Parameters</a>
 */
public final class PayloadTemplate {
    private static final String DYNAMIC_SUFFIX = ".$";

    private final Value root;

    private PayloadTemplate(Value root) {
        this.root = root;
    }

    /** Compiles a template; IllegalArgumentException naming the field when a {@code .$} value is not valid. */
    public static PayloadTemplate compile(JsonNode template) {
        return new PayloadTemplate(compileValue(template));
    }

    /** Builds the payload as a fresh tree; a path that finds nothing raises {@code States.Runtime}. */
    public JsonNode evaluate(EvaluationContext ctx) {
        return root.evaluate(ctx);
    }

    private sealed interface Value {
        JsonNode evaluate(EvaluationContext ctx);
    }

    /** A value without any {@code .$} field inside: copied (containers) or shared (immutable scalars). */
    private record Literal(JsonNode value) implements Value {
        public JsonNode evaluate(EvaluationContext ctx) {
            return value.isContainerNode() ? value.deepCopy() : value;
        }
    }

    private record ObjectTemplate(String[] keys, Value[] values) implements Value {
        public JsonNode evaluate(EvaluationContext ctx) {
            ObjectNode out = Json.NODES.objectNode();
            for (int i = 0; i < keys.length; i++) out.set(keys[i], values[i].evaluate(ctx));
            return out;
        }
    }

    private record ArrayTemplate(Value[] items) implements Value {
        public JsonNode evaluate(EvaluationContext ctx) {
            ArrayNode out = Json.NODES.arrayNode(items.length);
            for (Value item : items) out.add(item.evaluate(ctx));
            return out;
        }
    }

    private record PathBinding(String field, JsonPathExpression path) implements Value {
        public JsonNode evaluate(EvaluationContext ctx) {
            JsonNode value = path.read(ctx);
            if (value == null) {
                throw StatesException.inState(StatesErrors.RUNTIME,
                        JsonPathCauses.pathNotFoundForField(path.text(), field, path.rootDocument(ctx)));
            }
            return value;
        }
    }

    private record IntrinsicBinding(IntrinsicExpression call) implements Value {
        public JsonNode evaluate(EvaluationContext ctx) {
            return call.evaluate(ctx);
        }
    }

    private static Value compileValue(JsonNode node) {
        if (node.isObject()) {
            if (!containsDynamicField(node)) return new Literal(node.deepCopy());
            List<String> keys = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                if (key.endsWith(DYNAMIC_SUFFIX)) {
                    keys.add(key.substring(0, key.length() - DYNAMIC_SUFFIX.length()));
                    values.add(compileBinding(key, entry.getValue()));
                } else {
                    keys.add(key);
                    values.add(compileValue(entry.getValue()));
                }
            }
            return new ObjectTemplate(keys.toArray(String[]::new), values.toArray(Value[]::new));
        }
        if (node.isArray()) {
            if (!containsDynamicField(node)) return new Literal(node.deepCopy());
            Value[] items = new Value[node.size()];
            for (int i = 0; i < items.length; i++) items[i] = compileValue(node.get(i));
            return new ArrayTemplate(items);
        }
        return new Literal(node);
    }

    private static Value compileBinding(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("The value for the field '" + field
                    + "' must be a STRING that contains a JSONPath or an intrinsic function call, but was "
                    + value.getNodeType());
        }
        String text = value.textValue();
        try {
            if (IntrinsicExpression.looksLikeIntrinsic(text)) {
                return new IntrinsicBinding(IntrinsicExpression.compile(text));
            }
            return new PathBinding(field, JsonPathExpression.compile(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The value for the field '" + field
                    + "' must be a valid JSONPath or a valid intrinsic function call: " + e.getMessage(), e);
        }
    }

    private static boolean containsDynamicField(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getKey().endsWith(DYNAMIC_SUFFIX) || containsDynamicField(entry.getValue())) return true;
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) if (containsDynamicField(item)) return true;
        }
        return false;
    }
}
