package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import dev.sfntest.engine.expr.jsonpath.PathSegment;
import java.util.List;

/**
 * A compiled ResultPath: where a state's result goes in its output.
 *
 * <p>Absent means {@code $} (the result replaces the input); JSON {@code null} discards the result (the input
 * passes through); a reference path such as {@code $.a.b} sets the result there, creating missing objects on the
 * way. The input is never modified: only the objects and arrays along the path are copied.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html">ResultPath</a>
 */
public final class ResultPath {
    private enum Mode { REPLACE, DISCARD, SET }

    private static final ResultPath REPLACE = new ResultPath(Mode.REPLACE, "$", List.of());
    private static final ResultPath DISCARD = new ResultPath(Mode.DISCARD, null, List.of());

    private final Mode mode;
    private final String text;
    private final List<PathSegment> segments;

    private ResultPath(Mode mode, String text, List<PathSegment> segments) {
        this.mode = mode;
        this.text = text;
        this.segments = segments;
    }

    /**
     * Compiles the ResultPath field: {@code present == false} means the field is absent; {@code pathOrNull == null}
     * with {@code present} means JSON null. Throws IllegalArgumentException unless the path is a reference path on
     * the input (no {@code $$}, no variables, no wildcards, filters, slices or functions).
     */
    public static ResultPath compile(String pathOrNull, boolean present) {
        if (!present) return REPLACE;
        if (pathOrNull == null) return DISCARD;
        JsonPathExpression path = JsonPathExpression.compile(pathOrNull);
        List<PathSegment> segments = path.referenceSegments().orElseThrow(() -> new IllegalArgumentException(
                "'" + pathOrNull + "' is not a valid ResultPath: it must be a reference path on the input, such as"
                        + " $.a.b or $.list[0] (no $$, variables, wildcards, filters, slices or functions)"));
        if (segments.stream().anyMatch(s -> s instanceof PathSegment.Index i && i.index() < 0)) {
            throw new IllegalArgumentException("'" + pathOrNull + "' is not a valid ResultPath: negative array"
                    + " indexes are not allowed");
        }
        return segments.isEmpty() ? REPLACE : new ResultPath(Mode.SET, pathOrNull, segments);
    }

    /** The path as written; null for a discarding ResultPath. */
    public String text() { return text; }

    /** True for {@code "ResultPath": null}. */
    public boolean discardsResult() { return mode == Mode.DISCARD; }

    /**
     * The state output: {@code result}, {@code stateInput}, or a copy of {@code stateInput} with {@code result} set
     * at the path. Throws {@code States.ResultPathMatchFailure} when the path runs into a value that is neither
     * the object nor the array it needs.
     */
    public JsonNode apply(JsonNode stateInput, JsonNode result) {
        return switch (mode) {
            case REPLACE -> result;
            case DISCARD -> stateInput;
            case SET -> set(stateInput, 0, result, stateInput);
        };
    }

    private JsonNode set(JsonNode node, int depth, JsonNode result, JsonNode stateInput) {
        if (depth == segments.size()) return result;
        PathSegment segment = segments.get(depth);
        if (segment instanceof PathSegment.Field field) {
            if (node == null) node = Json.NODES.objectNode(); // a missing parent is created
            if (!node.isObject()) throw matchFailure(stateInput);
            ObjectNode copy = Json.NODES.objectNode();
            copy.setAll((ObjectNode) node);
            copy.set(field.name(), set(node.get(field.name()), depth + 1, result, stateInput));
            return copy;
        }
        int index = ((PathSegment.Index) segment).index();
        if (node == null || !node.isArray() || index >= node.size()) throw matchFailure(stateInput);
        ArrayNode copy = Json.NODES.arrayNode(node.size());
        copy.addAll((ArrayNode) node);
        copy.set(index, set(node.get(index), depth + 1, result, stateInput));
        return copy;
    }

    private StatesException matchFailure(JsonNode stateInput) {
        return StatesException.inState(StatesErrors.RESULT_PATH_MATCH_FAILURE,
                JsonPathCauses.resultPathMatchFailure(text, stateInput));
    }

    @Override
    public String toString() {
        return mode == Mode.DISCARD ? "null" : text;
    }
}
