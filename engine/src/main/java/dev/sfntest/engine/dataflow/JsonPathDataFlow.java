package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;

/**
 * The path steps of a JSONPath state's data flow: InputPath → Parameters → (work) → ResultSelector → ResultPath →
 * OutputPath. Parameters/ResultSelector are {@link PayloadTemplate}s and ResultPath is {@link ResultPath}; this
 * class holds the InputPath/OutputPath steps and the shared "read a path that must exist" helper.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html">Input
 *      and output processing</a>
 */
public final class JsonPathDataFlow {
    private JsonPathDataFlow() {}

    /**
     * Applies InputPath: absent ({@code present == false}) keeps the raw input; JSON {@code null} gives the state
     * {@code {}}; a path must find something (else {@code States.Runtime}).
     */
    public static JsonNode applyInputPath(JsonPathExpression inputPath, boolean present, EvaluationContext ctx) {
        return applyFilterPath(inputPath, present, ctx);
    }

    /**
     * Applies OutputPath to the state output held by {@code ctx.input()}: absent keeps it; JSON {@code null}
     * outputs {@code {}}; a path must find something (else {@code States.Runtime}).
     */
    public static JsonNode applyOutputPath(JsonPathExpression outputPath, boolean present, EvaluationContext ctx) {
        return applyFilterPath(outputPath, present, ctx);
    }

    private static JsonNode applyFilterPath(JsonPathExpression path, boolean present, EvaluationContext ctx) {
        if (!present) return ctx.input();
        if (path == null) return Json.NODES.objectNode(); // corpus base/test_state_pass_result_null_input_output_paths
        return readRequired(path, ctx);
    }

    /**
     * Reads a path that must find a value (InputPath, OutputPath, TimeoutSecondsPath, HeartbeatSecondsPath …);
     * when it finds nothing throws {@code States.Runtime} with AWS's
     * {@code Invalid path '$.x' : No results for path: $['x']}.
     */
    public static JsonNode readRequired(JsonPathExpression path, EvaluationContext ctx) {
        return readRequired(path, ctx, null);
    }

    /**
     * Reads a path named by a field of its own ({@code ErrorPath}, {@code CausePath}) that must find a value; when
     * it finds nothing throws {@code States.Runtime} with AWS's "The JSONPath '$.x' specified for the field
     * 'ErrorPath' could not be found in the input '{…}'" (corpus
     * {@code scenarios/test_base_scenarios.test_invalid_jsonpath.INVALID_JSONPATH_IN_ERRORPATH} and
     * {@code …ST_INVALID_JSONPATH_IN_CAUSEPATH}).
     */
    public static JsonNode readRequiredField(JsonPathExpression path, String field, EvaluationContext ctx) {
        return readRequired(path, ctx, field);
    }

    private static JsonNode readRequired(JsonPathExpression path, EvaluationContext ctx, String field) {
        JsonNode value = path.read(ctx);
        if (value == null) {
            throw StatesException.inState(StatesErrors.RUNTIME, field != null
                    ? JsonPathCauses.pathNotFoundForField(path.text(), field, path.rootDocument(ctx))
                    : JsonPathCauses.invalidPath(path.text(), path.describeMiss(ctx)));
        }
        return value;
    }
}
