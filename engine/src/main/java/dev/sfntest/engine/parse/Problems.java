package dev.sfntest.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ResultPath;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.expr.intrinsic.IntrinsicExpression;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import dev.sfntest.engine.model.PathSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the diagnostics of one definition and compiles fields, turning compile failures into diagnostics
 * so that every problem is reported in one go.
 */
final class Problems {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void add(String code, String pointer, String message) {
        diagnostics.add(new Diagnostic(code, pointer, message));
    }

    List<Diagnostic> all() {
        return diagnostics;
    }

    /** Runs a compile step; an IllegalArgumentException becomes an INVALID_VALUE diagnostic and null. */
    <T> T compile(String pointer, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            add("INVALID_VALUE", pointer, e.getMessage());
            return null;
        }
    }

    String string(JsonNode node, String field, String pointer) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            add("WRONG_TYPE", pointer + "/" + field, "'" + field + "' must be a string, but is " + describe(v) + ".");
            return null;
        }
        return v.asText();
    }

    /** A string field the state cannot do without: missing, null and non-string are each reported. */
    String requiredString(JsonNode node, String field, String pointer) {
        JsonNode v = node.get(field);
        if (v == null) {
            add("MISSING_FIELD", pointer + "/" + field, "the required field '" + field + "' is missing.");
            return null;
        }
        if (v.isNull()) {
            add("WRONG_TYPE", pointer + "/" + field, "'" + field + "' must be a string, but is null.");
            return null;
        }
        return string(node, field, pointer);
    }

    Integer integer(JsonNode node, String field, String pointer, int min) {
        JsonNode v = node.get(field);
        if (v == null) return null;
        if (!v.isIntegralNumber() && !(v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0)) {
            add("WRONG_TYPE", pointer + "/" + field, "'" + field + "' must be an integer, but is " + describe(v) + ".");
            return null;
        }
        int value = v.asInt();
        if (value < min) {
            add("OUT_OF_RANGE", pointer + "/" + field, "'" + field + "' must be at least " + min + ", but is " + value + ".");
        }
        return value;
    }

    boolean bool(JsonNode node, String field, String pointer) {
        JsonNode v = node.get(field);
        if (v == null) return false;
        if (!v.isBoolean()) {
            add("WRONG_TYPE", pointer + "/" + field, "'" + field + "' must be true or false, but is " + describe(v) + ".");
            return false;
        }
        return v.asBoolean();
    }

    JsonPathExpression path(JsonNode node, String field, String pointer) {
        String text = string(node, field, pointer);
        if (text == null) return null;
        return compile(pointer + "/" + field, () -> JsonPathExpression.compile(text));
    }

    /** InputPath / OutputPath: absent → whole value, null → discard. */
    PathSelector selector(JsonNode node, String field, String pointer) {
        if (!node.has(field)) return PathSelector.WHOLE;
        if (node.get(field).isNull()) return PathSelector.DISCARD;
        JsonPathExpression path = path(node, field, pointer);
        return path == null ? PathSelector.WHOLE : new PathSelector(path, false);
    }

    ResultPath resultPath(JsonNode node, String pointer) {
        if (!node.has("ResultPath")) return compile(pointer, () -> ResultPath.compile(null, false));
        JsonNode v = node.get("ResultPath");
        if (!v.isNull() && !v.isTextual()) {
            add("WRONG_TYPE", pointer + "/ResultPath", "'ResultPath' must be a string or null, but is " + describe(v) + ".");
            return compile(pointer, () -> ResultPath.compile(null, false));
        }
        String text = v.isNull() ? null : v.asText();
        ResultPath compiled = compile(pointer + "/ResultPath", () -> ResultPath.compile(text, true));
        return compiled != null ? compiled : compile(pointer, () -> ResultPath.compile(null, false));
    }

    ValueTemplate jsonPathTemplate(JsonNode node, String field, String pointer) {
        JsonNode v = node.get(field);
        if (v == null) return null;
        return compile(pointer + "/" + field, () -> ValueTemplate.jsonPath(v));
    }

    ValueTemplate jsonataTemplate(JsonNode node, String field, String pointer, String errorField) {
        JsonNode v = node.get(field);
        if (v == null) return null;
        if (!JsonataChecks.allValid(v, pointer + "/" + DefinitionParser.escape(field), this)) return null;
        return compile(pointer + "/" + field, () -> ValueTemplate.jsonata(v, errorField));
    }

    /**
     * A single value given as a literal field ({@code Seconds}), a path field ({@code SecondsPath}, JSONPath only)
     * or, in JSONata, the literal field holding a {@code {% %}} expression. Null when neither is present.
     */
    ValueSource valueSource(JsonNode node, String literalField, String pathField, String pointer, boolean jsonata) {
        JsonNode literal = node.get(literalField);
        if (literal != null) {
            if (jsonata && literal.isTextual() && isJsonataExpression(literal.asText())) {
                ValueTemplate t = jsonataTemplate(node, literalField, pointer, literalField);
                return t == null ? null : new ValueSource.Computed(literalField, t);
            }
            return new ValueSource.Literal(literalField, literal);
        }
        if (pathField != null && node.has(pathField)) {
            String text = string(node, pathField, pointer);
            if (text == null) return null;
            if (IntrinsicExpression.looksLikeIntrinsic(text)) {
                IntrinsicExpression call = compile(pointer + "/" + pathField, () -> IntrinsicExpression.compile(text));
                return call == null ? null : new ValueSource.Computed(pathField, call::evaluate);
            }
            JsonPathExpression path = compile(pointer + "/" + pathField, () -> JsonPathExpression.compile(text));
            return path == null ? null : new ValueSource.Path(pathField, path);
        }
        return null;
    }

    static boolean isJsonataExpression(String text) {
        String t = text.strip();
        return t.startsWith("{%") && t.endsWith("%}");
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) return "the string \"" + v.asText() + "\"";
        if (v.isNumber()) return "the number " + v;
        if (v.isBoolean()) return "the boolean " + v;
        if (v.isNull()) return "null";
        if (v.isArray()) return "an array";
        return "an object";
    }
}
