package dev.sfntest.engine.expr.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonataExpressionTest {
    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static EvaluationContext ctx(String input) {
        return EvaluationContext.of(json(input), RandomSource.seeded(7));
    }

    static String eval(String expression, String input) {
        JsonNode result = JsonataExpression.compile(expression).evaluate(ctx(input));
        return result == null ? "undefined" : Json.write(result);
    }

    static String cause(String expression, EvaluationContext ctx, String field) {
        try {
            JsonataExpression.compile(expression).evaluateDefined(ctx, field);
        } catch (StatesException e) {
            assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
            assertThat(e.stateScoped()).isTrue();
            return e.cause();
        }
        throw new AssertionError("no error");
    }

    @Test
    void readsStatesInputAndKeepsIntegersIntegral() {
        assertThat(eval("$states.input.a", "{\"a\":1}")).isEqualTo("1");
        assertThat(eval("$sum($states.input.v) + 1", "{\"v\":[1,2,3]}")).isEqualTo("7");
        assertThat(eval("10/5", "{}")).isEqualTo("2");
        assertThat(eval("10/4", "{}")).isEqualTo("2.5");
        assertThat(eval("$states.input.d", "{\"d\":1.0}")).isEqualTo("1");
        assertThat(eval("$states.input.d", "{\"d\":1.1}")).isEqualTo("1.1");
        assertThat(eval("0.1 + 0.2", "{}")).isEqualTo("0.30000000000000004");
    }

    @Test
    void tellsJsonNullFromUndefined() {
        assertThat(eval("null", "{}")).isEqualTo("null");
        assertThat(eval("$states.input.a", "{\"a\":null}")).isEqualTo("null");
        assertThat(eval("$states.input.missing", "{}")).isEqualTo("undefined");
        assertThat(eval("$states.input.a = null", "{\"a\":null}")).isEqualTo("true");
        assertThat(eval("{'k': $states.input.a}", "{\"a\":null}")).isEqualTo("{\"k\":null}");
    }

    @Test
    void bindsVariablesReferencedByName() {
        Map<String, JsonNode> vars = Map.of("ItemsVar", json("[\"Item1\",\"Item2\"]"), "n", json("2"));
        EvaluationContext ctx = new EvaluationContext(json("{}"), () -> json("{}"), vars::get, null, null,
                RandomSource.seeded(1));
        assertThat(Json.write(JsonataExpression.compile("$ItemsVar[$n - 1]").evaluate(ctx))).isEqualTo("\"Item2\"");
        assertThat(JsonataExpression.compile("'$n'").evaluate(ctx).textValue()).isEqualTo("$n");
    }

    @Test
    void bindsResultErrorOutputAndContextOnlyWhenPresent() {
        AtomicInteger contextReads = new AtomicInteger();
        EvaluationContext ctx = new EvaluationContext(json("{\"i\":1}"),
                () -> { contextReads.incrementAndGet(); return json("{\"State\":{\"Name\":\"S\"}}"); },
                name -> null, json("{\"r\":2}"), json("{\"Error\":\"E\"}"), RandomSource.seeded(1));
        assertThat(Json.write(JsonataExpression.compile("$states.result.r + $states.input.i").evaluate(ctx))).isEqualTo("3");
        assertThat(contextReads).hasValue(0);
        assertThat(JsonataExpression.compile("$states.errorOutput.Error").evaluate(ctx).textValue()).isEqualTo("E");
        assertThat(JsonataExpression.compile("$states.context.State.Name").evaluate(ctx).textValue()).isEqualTo("S");
        assertThat(contextReads).hasValue(1);
        assertThat(JsonataExpression.compile("$exists($states.result)").evaluate(ctx("{}")).booleanValue()).isFalse();
    }

    @Test
    void nowAndMillisReadTheVirtualClockNotTheRealOne() {
        long instant = 1_700_000_000_123L; // 2023-11-14T22:13:20.123Z
        EvaluationContext ctx = new EvaluationContext(json("{}"), () -> json("{}"), name -> null, null, null,
                RandomSource.seeded(1), () -> instant);
        assertThat(JsonataExpression.compile("$millis()").evaluate(ctx).longValue()).isEqualTo(instant);
        assertThat(JsonataExpression.compile("$now()").evaluate(ctx).textValue()).isEqualTo("2023-11-14T22:13:20.123Z");
        assertThat(JsonataExpression.compile("$now('[Y0001]-[M01]-[D01] [H01]:[m01]', '+0100')").evaluate(ctx).textValue())
                .isEqualTo("2023-11-14 23:13");
        assertThat(JsonataExpression.compile("$now() = $fromMillis($millis())").evaluate(ctx).booleanValue()).isTrue();
    }

    @Test
    void rejectsParseErrorsAtCompileTimeWithJsonataJsWording() {
        assertThatThrownBy(() -> JsonataExpression.compile("[1,2]("))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S0203: Expected \")\" before end of expression");
        assertThatThrownBy(() -> JsonataExpression.compile("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsUndefinedWithAwsCause() {
        assertThat(cause("$states.input.pushLocation", ctx("{}"), "Arguments/Input/pushLocation")).isEqualTo(
                "The JSONata expression '$states.input.pushLocation' specified for the field "
                        + "'Arguments/Input/pushLocation' returned nothing (undefined).");
    }

    @Test
    void reportsFunctionResultsAsUnsupportedResultType() {
        assertThat(cause("$fn := function($x){$x}", ctx("{}"), "Items")).isEqualTo(
                "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an "
                        + "unsupported result type.");
        assertThat(cause("{'f': $uppercase}", ctx("{}"), "Output")).endsWith("returned an unsupported result type.");
    }

    @Test
    void printsErrorsInJsonataJsWordingNotDashjoins() {
        assertThat(cause("$uppercase(1)", ctx("{}"), "Output")).isEqualTo(
                "The JSONata expression '$uppercase(1)' specified for the field 'Output' threw an error during "
                        + "evaluation. T0410: Argument 1 of function \"uppercase\" does not match function signature");
        assertThat(cause("1 + 'a'", ctx("{}"), "Output/v")).endsWith(
                "threw an error during evaluation. T2002: The right side of the \"+\" operator must evaluate to a number");
        assertThat(cause("$notafunc(1)", ctx("{}"), "Output")).endsWith("T1006: Attempted to invoke a non-function");
        assertThat(cause("{1:2}", ctx("{}"), "Output")).endsWith(
                "T1003: Key in object structure must evaluate to a string; got: 1");
        assertThat(cause("$range('0',4,1)", ctx("{}"), "Output")).isEqualTo(
                "The JSONata expression '$range('0',4,1)' specified for the field 'Output' threw an error during "
                        + "evaluation. T0410: Argument 1 of function \"range\" does not match function signature");
    }

    @Test
    void doesNotOfferEval() {
        assertThat(cause("$eval('1')", ctx("{}"), "Output")).endsWith("T1006: Attempted to invoke a non-function");
        assertThat(eval("$parse('{\"a\":1}').a", "{}")).isEqualTo("1");
    }

    @Test
    void failsRecursionDeeperThanAHundredCalls() {
        String deep = "($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(500))";
        assertThat(cause(deep, ctx("{}"), "Output")).endsWith(
                "U1001: Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.");
        assertThat(eval("($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(20))", "{}")).isEqualTo("20");
    }

    @Test
    void failsAnEndlessLoopInsteadOfHanging() {
        String loop = "($loop := function($n){ $n < 0 ? 0 : $loop($n + 1) }; $loop(0))";
        // Tail calls do not nest, so only the time budget can stop this one; keep the test fast with the depth path
        // covered above and just check that it ends with a U1001 error.
        assertThat(cause(loop, ctx("{}"), "Output")).contains("U1001: ");
    }
}
