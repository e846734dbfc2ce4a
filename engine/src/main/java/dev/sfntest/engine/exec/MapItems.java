package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.dataflow.JsonPathDataFlow;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.MapState;
import java.math.BigDecimal;

/** The parts of a Map state shared by inline and distributed mode: the items array, ItemSelector, concurrency. */
final class MapItems {
    private MapItems() {}

    /** ItemsPath (JSONPath, default $) or Items (JSONata), which must give an array. */
    static JsonNode items(MapState state, StateRun run, JsonNode effective) {
        if (state.common().isJsonata()) {
            if (state.items() == null) return requireArray(run.input, true);
            // The compiled Items template itself checks for an array (AWS's cause quotes the expression).
            return state.items().evaluate(run.context(run.input));
        }
        JsonNode items = state.itemsPath() == null ? effective
                : JsonPathDataFlow.readRequired(state.itemsPath(), run.context(effective));
        return requireArray(items, false);
    }

    static JsonNode requireArray(JsonNode items, boolean jsonata) {
        if (items == null || !items.isArray()) throw Causes.mapInputNotArray(items, jsonata);
        return items;
    }

    /**
     * The input of one iteration: the item itself, or ItemSelector evaluated with {@code $$.Map.Item.Index/Value}
     * (and {@code $} = the Map's effective input).
     */
    static JsonNode iterationInput(MapState state, StateRun run, JsonNode effective, int index, JsonNode item) {
        if (state.itemSelector() == null) return item;
        ObjectNode mapItem = Json.NODES.objectNode();
        mapItem.put("Index", index);
        mapItem.set("Value", item);
        JsonNode reading = state.common().isJsonata() ? run.input : effective;
        EvaluationContext ctx = new EvaluationContext(reading,
                () -> run.scope.contextObject(run.name(), run.enteredMillis, run.retryCount, mapItem),
                run.scope.variables, null, null, run.scope.execution.random, run.scope.clock);
        return state.itemSelector().evaluate(ctx);
    }

    /** MaxConcurrency (0 = unlimited), checked as AWS checks it. */
    static int maxConcurrency(MapState state, StateRun run, JsonNode effective) {
        return nonNegativeInt(state.maxConcurrency(), run.context(effective), 0);
    }

    /**
     * A whole number of 0 or more from a literal, a {@code …Path} or JSONata. A path may also select a numeric
     * string: AWS ran a Map whose {@code MaxConcurrencyPath} read {@code "1"} (corpus
     * {@code assign/test_assign_reference_variables.test_reference_in_map_state
     * .MAP_STATE_REFERENCE_IN_MAX_CONCURRENCY_PATH}), as the {@code ToleratedFailure…Path} fields also accept.
     */
    static int nonNegativeInt(ValueSource source, EvaluationContext ctx, int fallback) {
        if (source == null) return fallback;
        JsonNode v = source instanceof ValueSource.Path p ? JsonPathDataFlow.readRequired(p.path(), ctx) : source.evaluate(ctx);
        JsonNode n = source instanceof ValueSource.Path && v.isTextual() ? numericText(v) : v;
        if (n == null || !n.canConvertToInt() || !n.isIntegralNumber() && !isWhole(n) || n.asInt() < 0) {
            throw StatesException.inState(StatesErrors.RUNTIME, "The " + source.field()
                    + " field must be a non-negative integer, but was: " + (v == null ? "null" : Json.write(v)));
        }
        return n.asInt();
    }

    /** The number a string spells ({@code "1"} → 1), or the string itself when it spells none. */
    private static JsonNode numericText(JsonNode text) {
        try {
            return Json.NODES.numberNode(new BigDecimal(text.textValue().trim()));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static boolean isWhole(JsonNode v) {
        return v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0;
    }
}
