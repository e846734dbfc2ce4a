package dev.sfntest.engine.dataflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import org.junit.jupiter.api.Test;

class JsonataTemplateTest {
    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static EvaluationContext ctx(String input) {
        return EvaluationContext.of(json(input), RandomSource.seeded(1));
    }

    static String causeOf(Runnable run) {
        try {
            run.run();
        } catch (StatesException e) {
            assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
            return e.cause();
        }
        throw new AssertionError("no error");
    }

    @Test
    void treatsOnlyExactlyDelimitedStringsAsExpressions() {
        assertThat(JsonataTemplate.isExpression("{% $x %}")).isTrue();
        assertThat(JsonataTemplate.isExpression(" {% states.input %} ")).isFalse();
        assertThat(JsonataTemplate.isExpression("$states.input")).isFalse();
        assertThat(JsonataTemplate.expressionText("{%   $x  %}")).contains("$x");
        JsonNode literals = json("{\"a\":\" {% states.input %} \",\"b\":[\" {% x %} \", 0.1, null, true],\"c\":\"$no.such\"}");
        assertThat(JsonataTemplate.compile(literals).evaluate(ctx("{}"), "Arguments")).isEqualTo(literals);
    }

    @Test
    void evaluatesExpressionsNestedInObjectsAndArrays() {
        JsonataTemplate t = JsonataTemplate.compile(json(
                "{\"in\":\"{% $states.input %}\",\"list\":[1,\"{% $states.input.v * 2 %}\",{\"k\":\"{% true %}\"}],\"s\":\"lit\"}"));
        assertThat(Json.write(t.evaluate(ctx("{\"v\":3}"), "Output")))
                .isEqualTo("{\"in\":{\"v\":3},\"list\":[1,6,{\"k\":true}],\"s\":\"lit\"}");
    }

    @Test
    void namesTheNestedFieldWhenAnExpressionReturnsNothing() {
        JsonataTemplate t = JsonataTemplate.compile(json("{\"Input\":{\"pushLocation\":\"{% $states.input.pushLocation %}\"}}"));
        assertThat(causeOf(() -> t.evaluate(ctx("{}"), "Arguments"))).isEqualTo(
                "The JSONata expression '$states.input.pushLocation' specified for the field "
                        + "'Arguments/Input/pushLocation' returned nothing (undefined).");
        JsonataTemplate list = JsonataTemplate.compile(json("{\"a\":[0,\"{% $nothing %}\"]}"));
        assertThat(causeOf(() -> list.evaluate(ctx("{}"), "Choices[1]/Output")))
                .contains("specified for the field 'Choices[1]/Output/a[1]' returned nothing (undefined).");
        JsonataTemplate whole = JsonataTemplate.compile(json("\"{% $states.input.absent %}\""));
        assertThat(causeOf(() -> whole.evaluate(ctx("{}"), "Output"))).isEqualTo(
                "The JSONata expression '$states.input.absent' specified for the field 'Output' returned nothing (undefined).");
    }

    @Test
    void reportsItemsOfTheWrongTypeAsAwsDoes() {
        // Recorded: scenarios/test_base_scenarios.test_map_state_items_eval_jsonata_fail.*
        assertThat(causeOf(() -> JsonataTemplate.compile(json("\"{% {'foo': 'bar'} %}\""))
                .evaluateAs(ctx("{}"), "Items", "array"))).isEqualTo(
                "The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result "
                        + "type. Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}");
        assertThat(causeOf(() -> JsonataTemplate.compile(json("\"{% null %}\"")).evaluateAs(ctx("{}"), "Items", "array")))
                .endsWith("Expected 'array', but was 'null' for value: null");
        assertThat(causeOf(() -> JsonataTemplate.compile(json("\"{% 'string' %}\"")).evaluateAs(ctx("{}"), "Items", "array")))
                .endsWith("Expected 'array', but was 'string' for value: \"string\"");
        assertThat(causeOf(() -> JsonataTemplate.compile(json("\"{% $fn := function($x){$x} %}\""))
                .evaluateAs(ctx("{}"), "Items", "array"))).isEqualTo(
                "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an "
                        + "unsupported result type.");
        assertThat(JsonataTemplate.compile(json("\"{% [1,2] %}\"")).evaluateAs(ctx("{}"), "Items", "array"))
                .isEqualTo(json("[1,2]"));
    }

    @Test
    void rejectsInvalidJsonataAtCompileTimeNamingWhere() {
        assertThatThrownBy(() -> JsonataTemplate.compile(json("{\"a\":{\"b\":\"{% [1,2]( %}\"}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("/a/b: ")
                .hasMessageContaining("S0203");
    }

    @Test
    void matchesRecordedRegexAndEscapeCases() {
        // evaluate_jsonata/test_base_jsonata_regular_expressions.BASE and BASE_FALSE
        assertThat(JsonataTemplate.compile(json("\"{% $contains(\\\"hello$world\\\", /^hello\\\\$/) %}\""))
                .evaluate(ctx("{}"), "Output").booleanValue()).isTrue();
        assertThat(JsonataTemplate.compile(json("\"{% $contains('hello$world', /^hello\\\\ /) %}\""))
                .evaluate(ctx("{}"), "Output").booleanValue()).isFalse();
    }
}
