package dev.sfntest.engine.dataflow;

import static dev.sfntest.engine.dataflow.TestJson.ctx;
import static dev.sfntest.engine.dataflow.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import org.junit.jupiter.api.Test;

class JsonPathDataFlowTest {

    @Test
    void anAbsentInputPathKeepsTheInput() {
        assertThat(JsonPathDataFlow.applyInputPath(null, false, ctx("{\"a\":1}"))).isEqualTo(json("{\"a\":1}"));
    }

    @Test
    void aNullInputPathOrOutputPathGivesAnEmptyObject() {
        // corpus base/test_base.test_state_pass_result_null_input_output_paths
        assertThat(JsonPathDataFlow.applyInputPath(null, true, ctx("{\"a\":1}"))).isEqualTo(json("{}"));
        assertThat(JsonPathDataFlow.applyOutputPath(null, true, ctx("{\"a\":1}"))).isEqualTo(json("{}"));
    }

    @Test
    void aPathSelectsPartOfTheInput() {
        assertThat(JsonPathDataFlow.applyInputPath(JsonPathExpression.compile("$.a"), true, ctx("{\"a\":{\"b\":1}}")))
                .isEqualTo(json("{\"b\":1}"));
        assertThat(JsonPathDataFlow.applyOutputPath(JsonPathExpression.compile("$.a[*].b"), true,
                ctx("{\"a\":[{\"b\":1},{\"b\":2}]}"))).isEqualTo(json("[1,2]"));
    }

    @Test
    void aMissingInputPathFailsWithAwsCause() {
        // corpus: "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']"
        assertThatThrownBy(() -> JsonPathDataFlow.applyInputPath(JsonPathExpression.compile("$.NoSuchInputPath"),
                true, ctx("{\"a\":1}")))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.stateScoped()).isTrue();
                    assertThat(e.cause()).isEqualTo(
                            "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']");
                });
    }

    @Test
    void aMissingOutputPathFailsWithAwsCause() {
        assertThatThrownBy(() -> JsonPathDataFlow.applyOutputPath(JsonPathExpression.compile("$.NoSuchOutputPath"),
                true, ctx("{}")))
                .isInstanceOfSatisfying(StatesException.class, e -> assertThat(e.cause()).isEqualTo(
                        "Invalid path '$.NoSuchOutputPath' : No results for path: $['NoSuchOutputPath']"));
    }

    @Test
    void readRequiredReportsTimeoutSecondsPathMisses() {
        assertThatThrownBy(() -> JsonPathDataFlow.readRequired(
                JsonPathExpression.compile("$.NoSuchTimeoutSecondsPath"), ctx("{}")))
                .isInstanceOfSatisfying(StatesException.class, e -> assertThat(
                        e.withStatePrefix("task", 2).cause()).isEqualTo(
                        "An error occurred while executing the state 'task' (entered at the event id #2). Invalid"
                                + " path '$.NoSuchTimeoutSecondsPath' : No results for path:"
                                + " $['NoSuchTimeoutSecondsPath']"));
    }

    @Test
    void readRequiredReturnsAFoundJsonNull() {
        assertThat(JsonPathDataFlow.readRequired(JsonPathExpression.compile("$.a"), ctx("{\"a\":null}")).isNull())
                .isTrue();
    }
}
