package dev.sfntest.engine.dataflow;

import static dev.sfntest.engine.dataflow.TestJson.ctx;
import static dev.sfntest.engine.dataflow.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    static JsonNode evaluate(String template, String input) {
        return PayloadTemplate.compile(json(template)).evaluate(ctx(input));
    }

    @Test
    void dollarKeysTakeTheirValueFromPathsAndDropTheSuffix() {
        assertThat(evaluate("""
                {"flagged": true, "parts": {"first.$": "$.vals[0]", "last3.$": "$.vals[3:]"}}""", """
                {"flagged": 7, "vals": [0, 10, 20, 30, 40, 50]}"""))
                .isEqualTo(json("""
                        {"flagged": true, "parts": {"first": 0, "last3": [30, 40, 50]}}"""));
    }

    @Test
    void contextObjectAndVariablePathsAreResolved() {
        assertThat(evaluate("""
                {"name.$": "$$.Execution.Name", "n.$": "$total.n", "all.$": "$"}""", "{\"x\":1}"))
                .isEqualTo(json("{\"name\":\"run-1\",\"n\":3,\"all\":{\"x\":1}}"));
    }

    @Test
    void literalStringsThatLookLikePathsAreKeptAsIs() {
        assertThat(evaluate("""
                {"Path": "/items/$.scenario", "p": "$.a", "list": [1, "$.a", {"q": null}]}""", "{\"a\":1}"))
                .isEqualTo(json("""
                        {"Path": "/items/$.scenario", "p": "$.a", "list": [1, "$.a", {"q": null}]}"""));
    }

    @Test
    void dollarKeysInsideArraysAreResolved() {
        assertThat(evaluate("{\"list\":[{\"v.$\":\"$.a\"}, 2]}", "{\"a\":\"z\"}"))
                .isEqualTo(json("{\"list\":[{\"v\":\"z\"},2]}"));
    }

    @Test
    void aPathThatFindsNothingFailsWithAwsCause() {
        // corpus scenarios/test_base_scenarios.test_invalid_jsonpath.INVALID_JSONPATH_IN_STRING_EXPR_JSONPATH
        assertThatThrownBy(() -> evaluate("{\"value.$\": \"$.no_such_jsonpath\"}", "{\"int-literal\": 0}"))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.stateScoped()).isTrue();
                    assertThat(e.cause()).isEqualTo("The JSONPath '$.no_such_jsonpath' specified for the field"
                            + " 'value.$' could not be found in the input '{\"int-literal\":0}'");
                });
    }

    @Test
    void aMissingContextPathQuotesTheContextObject() {
        assertThatThrownBy(() -> evaluate("{\"v.$\": \"$$.Execution.Input.nope\"}", "{}"))
                .isInstanceOfSatisfying(StatesException.class, e -> assertThat(e.cause()).isEqualTo(
                        "The JSONPath '$$.Execution.Input.nope' specified for the field 'v.$' could not be found"
                                + " in the input '{\"Execution\":{\"Name\":\"run-1\"}}'"));
    }

    @Test
    void anIndefinitePathThatMatchesNothingGivesAnEmptyArray() {
        // corpus base/test_base.test_json_path_array_wildcard_or_slice_with_no_input.item_items_1_5_itemValue
        assertThat(evaluate("{\"item.$\": \"$.item.items[1:5].itemValue\"}", "{}"))
                .isEqualTo(json("{\"item\":[]}"));
    }

    @Test
    void aJsonNullFoundByAPathIsKept() {
        assertThat(evaluate("{\"v.$\": \"$.a\"}", "{\"a\":null}")).isEqualTo(json("{\"v\":null}"));
    }

    @Test
    void evaluationBuildsAFreshTreeAndLeavesTheInputAlone() {
        PayloadTemplate template = PayloadTemplate.compile(json("{\"lit\":{\"k\":[1]},\"v.$\":\"$.a\"}"));
        EvaluationContext ctx = ctx("{\"a\":{\"b\":1}}");
        ObjectNode first = (ObjectNode) template.evaluate(ctx);
        ((ObjectNode) first.get("lit")).put("k", "changed");
        assertThat(template.evaluate(ctx)).isEqualTo(json("{\"lit\":{\"k\":[1]},\"v\":{\"b\":1}}"));
        assertThat(ctx.input()).isEqualTo(json("{\"a\":{\"b\":1}}"));
    }

    @Test
    void aDollarFieldWhoseValueIsNotAStringIsRejectedNamingTheField() {
        assertThatThrownBy(() -> PayloadTemplate.compile(json("{\"outer\":{\"b.$\": 3}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b.$'");
    }

    @Test
    void aDollarFieldWithAnInvalidPathIsRejectedNamingTheField() {
        assertThatThrownBy(() -> PayloadTemplate.compile(json("{\"b.$\": \"a.b\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b.$'")
                .hasMessageContaining("'a.b' is not a valid JSONPath");
    }

    @Test
    void intrinsicCallsAreCompiledAndCalledThroughIntrinsicExpression() {
        PayloadTemplate template = PayloadTemplate.compile(json("{\"id.$\": \"States.UUID()\"}"));
        // The intrinsic package is a stub on this branch: reaching it proves the call is routed there.
        try {
            JsonNode out = template.evaluate(ctx("{}"));
            assertThat(out.has("id")).isTrue();
        } catch (UnsupportedOperationException stubbed) {
            assertThat(stubbed).hasMessageContaining("intrinsic");
        }
    }
}
