package dev.sfntest.engine.expr.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.expr.Variables;
import dev.sfntest.engine.spi.RandomSource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathExpressionTest {

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static EvaluationContext ctx(String input) {
        return new EvaluationContext(json(input), () -> json("""
                {"Execution":{"Id":"arn:exec","Input":{"k":1}},"State":{"Name":"S"}}"""),
                Map.of("answer", json("{\"n\":42,\"list\":[7,8]}"))::get, null, null, RandomSource.seeded(1));
    }

    static JsonNode read(String path, String input) {
        return JsonPathExpression.compile(path).read(ctx(input));
    }

    @Test
    void rootReturnsTheWholeInput() {
        assertThat(read("$", "{\"a\":1}")).isEqualTo(json("{\"a\":1}"));
    }

    @Test
    void dotAndBracketFieldsAndIndexesNavigateTheInput() {
        String input = """
                {"a":{"b":[{"c":"x"},{"c":"y"}]},"x y":true}""";
        assertThat(read("$.a.b[1].c", input)).isEqualTo(json("\"y\""));
        assertThat(read("$['a']['b'][0]['c']", input)).isEqualTo(json("\"x\""));
        assertThat(read("$['x y']", input)).isEqualTo(json("true"));
        assertThat(read("$.a.b[-1].c", input)).isEqualTo(json("\"y\""));
    }

    @Test
    void aDefinitePathThatFindsNothingReturnsNullButAJsonNullIsFound() {
        assertThat(read("$.missing", "{}")).isNull();
        assertThat(read("$.a.b", "{}")).isNull();
        assertThat(read("$.a.b", "{\"a\":\"text\"}")).isNull();
        assertThat(read("$.a[5]", "{\"a\":[1]}")).isNull();
        assertThat(read("$.a[0]", "{\"a\":{}}")).isNull();
        assertThat(read("$.a", "{\"a\":null}")).isEqualTo(Json.NODES.nullNode());
    }

    @Test
    void aBackslashInAQuotedNameIsKeptUnlessItEscapesTheQuoteOrABackslash() {
        // corpus scenarios/test_base_scenarios.test_escape_sequence_parsing.ESCAPE_SEQUENCES_JSONPATH
        String input = "{\"Test\\\\\\\"\\\"Name\\\"\": \"Value\"}"; // key: Test\""Name"
        assertThat(json(input).fieldNames().next()).isEqualTo("Test\\\"\"Name\"");
        assertThat(read("$['Test\\\"\"Name\"']", input)).isEqualTo(json("\"Value\""));
        assertThat(read("$['it\\'s']", "{\"it's\":1}")).isEqualTo(json("1"));
        assertThat(read("$['a\\\\b']", "{\"a\\\\b\":2}")).isEqualTo(json("2"));
    }

    @Test
    void contextObjectPathsReadTheContextObject() {
        assertThat(read("$$.Execution.Id", "{}")).isEqualTo(json("\"arn:exec\""));
        assertThat(read("$$", "{}").get("State").get("Name").asText()).isEqualTo("S");
        assertThat(JsonPathExpression.compile("$$.Execution.Id").readsContextObject()).isTrue();
    }

    @Test
    void variablePathsReadTheVariableAndAnUnassignedVariableIsNull() {
        assertThat(read("$answer.n", "{}")).isEqualTo(json("42"));
        assertThat(read("$answer.list[1]", "{}")).isEqualTo(json("8"));
        assertThat(read("$answer", "{}")).isEqualTo(json("{\"n\":42,\"list\":[7,8]}"));
        assertThat(read("$nobody.x", "{}")).isNull();
        assertThat(JsonPathExpression.compile("$answer.n").variableName()).contains("answer");
    }

    @Test
    void aFilterReturnsTheMatchingElementsAsAnArray() {
        // corpus base/test_base.test_state_pass_regex_json_path_base
        assertThat(read("$.users[?(@.status == 0)]", """
                {"users":[{"year":1997,"status":0},{"year":1998,"status":1}]}"""))
                .isEqualTo(json("[{\"year\":1997,\"status\":0}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$[*]", "$.item.items[1:]", "$.item.items[:1]", "$.item.items[1:5]",
            "$.item.items[1:5].itemValue", "$.item.items[*]", "$.items[1:]", "$.items[:1]", "$.items[1:].itemValue",
            "$.items[:1].itemValue", "$.items[*]", "$.items[*].itemValue", "$..x", "$.items[1,2]"})
    void anIndefinitePathReturnsAnEmptyArrayWhenTheInputLacksTheParent(String path) {
        // corpus base/test_base.test_json_path_array_wildcard_or_slice_with_no_input.* (all 12 cases)
        assertThat(JsonPathExpression.compile(path).isDefinite()).isFalse();
        assertThat(read(path, "{}")).isEqualTo(json("[]"));
    }

    @Test
    void wildcardsSlicesUnionsAndDeepScansReturnArrays() {
        String input = """
                {"items":[{"v":1},{"v":2},{"v":3},{"w":4}]}""";
        assertThat(read("$.items[*].v", input)).isEqualTo(json("[1,2,3]"));
        assertThat(read("$.items[1:3].v", input)).isEqualTo(json("[2,3]"));
        assertThat(read("$.items[0,2].v", input)).isEqualTo(json("[1,3]"));
        assertThat(read("$..v", input)).isEqualTo(json("[1,2,3]"));
        assertThat(read("$.items[*].missing", input)).isEqualTo(json("[]"));
    }

    @Test
    void anIndexPastTheEndInsideAnIndefinitePathIsSkippedNotNull() {
        assertThat(read("$.lists[*][1]", "{\"lists\":[[1,2],[3]]}")).isEqualTo(json("[2]"));
    }

    @Test
    void lengthFunctionCountsElements() {
        assertThat(read("$.a.length()", "{\"a\":[1,2,3]}")).isEqualTo(json("3"));
        assertThat(read("$.a.length()", "{}")).isNull();
    }

    @Test
    void decimalNumbersAreReturnedExactly() {
        assertThat(read("$.a", "{\"a\":1.10}").decimalValue()).isEqualByComparingTo("1.10");
        assertThat(read("$.a[?(@ > 1)]", "{\"a\":[1.0, 2.50]}")).isEqualTo(json("[2.50]"));
    }

    @Test
    void readingNeverModifiesTheInput() {
        EvaluationContext ctx = ctx("{\"a\":{\"b\":[1,2]}}");
        JsonPathExpression.compile("$.a.b[*]").read(ctx);
        JsonPathExpression.compile("$.a.b[0]").read(ctx);
        assertThat(ctx.input()).isEqualTo(json("{\"a\":{\"b\":[1,2]}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.b", "$.a[0].b", "$['x']", "$['x y'][3]", "$$.Execution.Id",
            "$var.a[2]", "$var", "$.a-b"})
    void simpleDefinitePathsUseTheFastPath(String path) {
        JsonPathExpression expression = JsonPathExpression.compile(path);
        assertThat(expression.usesFastPath()).isTrue();
        assertThat(expression.isDefinite()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.a[*]", "$..a", "$.a[?(@.b)]", "$.a[1:2]", "$.a[0,1]", "$.a.length()", "$.*",
            "$['a','b']"})
    void otherPathsGoToJayway(String path) {
        assertThat(JsonPathExpression.compile(path).usesFastPath()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$.a.b[1].c | {\"a\":{\"b\":[{\"c\":1},{\"c\":2}]}}",
            "$.a.b[5].c | {\"a\":{\"b\":[{\"c\":1}]}}",
            "$.a.b | {\"a\":[1]}",
            "$[0] | [4,5]",
            "$.a | [1]",
            "$.a | {\"a\":null}",
            "$.a.b | {\"a\":null}",
            "$['k'][-2] | {\"k\":[1,2,3]}",
            "$.a[0] | {\"a\":\"str\"}"})
    void theFastPathAgreesWithJayway(String path, String input) throws Exception {
        JsonNode fast = read(path, input);
        Object jayway;
        try {
            jayway = com.jayway.jsonpath.JsonPath.compile(path).read(json(input), JaywaySupport.CONFIGURATION);
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            jayway = null;
        }
        assertThat(fast).isEqualTo(jayway == null ? null : JaywaySupport.toNode(jayway));
    }

    @Test
    void theFastPathDoesNotAllocate() {
        JsonPathExpression path = JsonPathExpression.compile("$.a.b[1].c");
        EvaluationContext ctx = ctx("{\"a\":{\"b\":[{},{\"c\":5}]}}");
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) path.read(ctx); // warm up
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long sum = 0;
        for (int i = 0; i < 100_000; i++) sum += path.read(ctx).intValue();
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(sum).isEqualTo(500_000);
        assertThat(allocated).as("bytes allocated by 100,000 reads").isLessThan(100_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "", "$.a[", "$.", "$.a.", "$1", "$[?(@.a ==]"})
    void invalidPathsAreRejectedWithAReadableMessage(String path) {
        assertThatThrownBy(() -> JsonPathExpression.compile(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + path + "' is not a valid JSONPath");
    }

    @Test
    void referenceSegmentsListFieldsAndIndexesOfSimpleInputPaths() {
        assertThat(JsonPathExpression.compile("$.a['b c'][2]").referenceSegments()).contains(java.util.List.of(
                new PathSegment.Field("a"), new PathSegment.Field("b c"), new PathSegment.Index(2)));
        assertThat(JsonPathExpression.compile("$").referenceSegments()).contains(java.util.List.of());
        assertThat(JsonPathExpression.compile("$$.Execution").referenceSegments()).isEmpty();
        assertThat(JsonPathExpression.compile("$v.a").referenceSegments()).isEmpty();
        assertThat(JsonPathExpression.compile("$.a[*]").referenceSegments()).isEmpty();
    }

    @Test
    void describeMissQuotesJaywaysMessage() {
        assertThat(JsonPathExpression.compile("$.NoSuchInputPath").describeMiss(ctx("{}")))
                .isEqualTo("No results for path: $['NoSuchInputPath']");
        assertThat(JsonPathExpression.compile("$.a.b").describeMiss(ctx("{}")))
                .isEqualTo("Missing property in path $['a']");
    }

    @Test
    void unusedVariablesInterfaceIsNotConsultedForInputPaths() {
        EvaluationContext ctx = new EvaluationContext(json("{\"a\":1}"), () -> null, Variables.NONE, null, null,
                RandomSource.seeded(1));
        assertThat(JsonPathExpression.compile("$.a").read(ctx)).isEqualTo(json("1"));
    }
}
