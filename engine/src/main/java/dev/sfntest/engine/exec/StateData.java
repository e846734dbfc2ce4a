package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.dataflow.JsonPathDataFlow;
import dev.sfntest.engine.dataflow.PayloadTemplate;
import dev.sfntest.engine.dataflow.ResultPath;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.PathSelector;
import dev.sfntest.engine.model.StateCommon;

/**
 * The data-flow steps states share: InputPath, ResultSelector, ResultPath, OutputPath (JSONPath) and Output
 * (JSONata), and Assign. Each step is AWS's, in AWS's order.
 */
final class StateData {
    private StateData() {}

    /** InputPath applied to the raw state input (JSONPath states); JSONata states read the input as it is. */
    static JsonNode effectiveInput(StateRun run) {
        StateCommon c = run.state.common();
        if (c.isJsonata()) return run.input;
        return select(c.inputPath(), run.input, run);
    }

    /** ResultSelector (when present) reading the raw result. */
    static JsonNode selectResult(StateRun run, PayloadTemplate selector, JsonNode result) {
        return selector == null ? result : selector.evaluate(run.context(result));
    }

    /** ResultPath into the raw input, then OutputPath: the output of a JSONPath state. */
    static JsonNode jsonPathOutput(StateRun run, ResultPath resultPath, JsonNode result) {
        JsonNode placed = resultPath == null ? result : resultPath.apply(run.input, result);
        return select(run.state.common().outputPath(), placed, run);
    }

    /** JSONata Output reading {@code $states.result}; without Output the result itself is the output. */
    static JsonNode jsonataOutput(StateRun run, JsonNode result) {
        ValueTemplate output = run.state.common().output();
        if (output == null) return result;
        return output.evaluate(run.context(run.input).withResult(result));
    }

    /**
     * How a Task, Parallel or Map state completes with its result: JSONata Output and Assign reading
     * {@code $states.result}; or ResultSelector, Assign (reading the selected result), ResultPath, OutputPath.
     */
    static StepResult complete(StateRun run, PayloadTemplate resultSelector, ResultPath resultPath, JsonNode result) {
        if (run.state.common().isJsonata()) {
            EvaluationContext resultCtx = run.context(run.input).withResult(result);
            ObjectNode assigned = assign(run.state.common().assign(), resultCtx);
            ValueTemplate output = run.state.common().output();
            return new StepResult(output == null ? result : output.evaluate(resultCtx), run.next(), assigned);
        }
        JsonNode selected = selectResult(run, resultSelector, result);
        ObjectNode assigned = assign(run.state.common().assign(), run.context(selected));
        return new StepResult(jsonPathOutput(run, resultPath, selected), run.next(), assigned);
    }

    /** The state's Assign evaluated in {@code ctx}, or null when the state assigns nothing. */
    static ObjectNode assign(ValueTemplate assign, EvaluationContext ctx) {
        if (assign == null) return null;
        JsonNode v = assign.evaluate(ctx);
        return v instanceof ObjectNode o ? o : Json.NODES.objectNode();
    }

    static JsonNode select(PathSelector selector, JsonNode value, StateRun run) {
        if (selector == null || selector.isWhole()) return value;
        if (selector.discard()) return Json.NODES.objectNode();
        return JsonPathDataFlow.readRequired(selector.path(), run.context(value));
    }

    /** The error output a Catch receives: {"Error": …, "Cause": …}. */
    /**
     * The error output a Catch (and {@code $states.errorOutput}) sees: always {@code {"Error", "Cause"}}, with an
     * absent cause as {@code ""} — a task timeout has no cause in the history, yet its Catch output carries
     * {@code "Cause": ""} (corpus {@code error_handling/test_task_service_lambda.test_invoke_timeout}).
     */
    static ObjectNode errorOutput(StatesException e) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("Error", e.error());
        o.put("Cause", e.cause() == null ? "" : e.cause());
        return o;
    }

    static StatesException runtime(String detail) {
        return StatesException.inState(StatesErrors.RUNTIME, detail);
    }
}
