package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.expr.jsonata.JsonataCauses;
import dev.sfntest.engine.expr.jsonata.JsonataExpression;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSONata-state field value compiled once: {@code Arguments}, {@code Output}, an {@code Assign} value,
 * {@code Items}, {@code ItemSelector}, Fail {@code Error}/{@code Cause}, Wait {@code Seconds}/{@code Timestamp} …
 *
 * <p>A string that starts with {@code {%} and ends with {@code %}} (no surrounding whitespace) is an expression;
 * objects and arrays are walked; anything else, including {@code " {% x %} "}, is a literal (recorded case
 * arguments/test_arguments.test_base_cases.BASE_LAMBDA_LITERALS).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Transforming data
 *      with JSONata in Step Functions</a>
 */
public final class JsonataTemplate {
    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";

    private sealed interface Node permits Literal, Expression, ObjectTemplate, ArrayTemplate {}

    private record Literal(JsonNode value) implements Node {}

    private record Expression(JsonataExpression expression) implements Node {}

    private record ObjectTemplate(Map<String, Node> fields) implements Node {}

    private record ArrayTemplate(List<Node> elements) implements Node {}

    private final Node root;
    private final JsonNode source;

    private JsonataTemplate(Node root, JsonNode source) {
        this.root = root;
        this.source = source;
    }

    /** True when {@code text} is a JSONata expression string: {@code {%} … {@code %}}, nothing around it. */
    public static boolean isExpression(String text) {
        return text != null && text.length() >= OPEN.length() + CLOSE.length()
                && text.startsWith(OPEN) && text.endsWith(CLOSE);
    }

    /** The expression inside {@code {% … %}}, trimmed; empty when {@code text} is not an expression string. */
    public static Optional<String> expressionText(String text) {
        if (!isExpression(text)) return Optional.empty();
        return Optional.of(text.substring(OPEN.length(), text.length() - CLOSE.length()).trim());
    }

    /**
     * Compiles a field value; throws IllegalArgumentException naming the JSON pointer of the first expression
     * that is not valid JSONata.
     */
    public static JsonataTemplate compile(JsonNode value) {
        return new JsonataTemplate(compile(value, ""), value);
    }

    private static Node compile(JsonNode value, String pointer) {
        if (value == null) return new Literal(Json.NODES.nullNode());
        if (value.isTextual()) {
            Optional<String> text = expressionText(value.textValue());
            if (text.isEmpty()) return new Literal(value);
            try {
                return new Expression(JsonataExpression.compile(text.get()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException((pointer.isEmpty() ? "" : pointer + ": ") + e.getMessage(), e);
            }
        }
        if (value.isObject()) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), compile(field.getValue(), pointer + "/" + escape(field.getKey())));
            }
            return new ObjectTemplate(fields);
        }
        if (value.isArray()) {
            List<Node> elements = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) elements.add(compile(value.get(i), pointer + "/" + i));
            return new ArrayTemplate(elements);
        }
        return new Literal(value);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The value as written in the definition. */
    public JsonNode source() { return source; }

    /** True when the value contains no expression at all. */
    public boolean isLiteral() { return root instanceof Literal; }

    /** The expression when the whole value is one {@code {% … %}} string. */
    public Optional<JsonataExpression> wholeExpression() {
        return root instanceof Expression e ? Optional.of(e.expression()) : Optional.empty();
    }

    /**
     * Evaluates the value. Every failure is {@code States.QueryEvaluationError} naming the field as AWS does:
     * {@code fieldName}, then {@code /key} for each object member and {@code [i]} for each array element
     * (real AWS cause: "... specified for the field 'Arguments/Input/pushLocation' returned nothing (undefined).").
     *
     * @param fieldName the field relative to the state, e.g. {@code Output}, {@code Assign/x},
     *                  {@code Choices[1]/Output}
     */
    public JsonNode evaluate(EvaluationContext ctx, String fieldName) {
        return evaluate(root, ctx, fieldName);
    }

    /**
     * Evaluates the value and requires a JSON type, with AWS's "returned an unexpected result type" cause when the
     * whole value is an expression (recorded: Map {@code Items} must be an {@code array}).
     *
     * @param expectedType object, array, string, number, boolean or null, as AWS names them
     */
    public JsonNode evaluateAs(EvaluationContext ctx, String fieldName, String expectedType) {
        JsonNode value = evaluate(ctx, fieldName);
        if (!JsonataCauses.jsonType(value).equals(expectedType) && root instanceof Expression e) {
            throw StatesException.inState(StatesErrors.QUERY_EVALUATION_ERROR, JsonataCauses.unexpectedResultType(
                    e.expression().text(), fieldName, expectedType, value));
        }
        return value;
    }

    private static JsonNode evaluate(Node node, EvaluationContext ctx, String field) {
        if (node instanceof Literal literal) return literal.value();
        if (node instanceof Expression expression) return expression.expression().evaluateDefined(ctx, field);
        if (node instanceof ObjectTemplate object) {
            ObjectNode out = Json.NODES.objectNode();
            object.fields().forEach((key, child) -> out.set(key, evaluate(child, ctx, field + "/" + key)));
            return out;
        }
        ArrayTemplate array = (ArrayTemplate) node;
        ArrayNode out = Json.NODES.arrayNode(array.elements().size());
        for (int i = 0; i < array.elements().size(); i++) {
            out.add(evaluate(array.elements().get(i), ctx, field + "[" + i + "]"));
        }
        return out;
    }

    @Override
    public String toString() {
        return Json.write(source);
    }
}
