package dev.sfntest.engine.dataflow;

import static dev.sfntest.engine.dataflow.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultPathTest {

    static final String INPUT = """
            {"comment":"This is a test","details":{"who":"Step Functions"},"list":[1,2]}""";

    @Test
    void anAbsentResultPathReplacesTheInputWithTheResult() {
        assertThat(ResultPath.compile(null, false).apply(json(INPUT), json("\"Hello\""))).isEqualTo(json("\"Hello\""));
        assertThat(ResultPath.compile("$", true).apply(json(INPUT), json("1"))).isEqualTo(json("1"));
    }

    @Test
    void aNullResultPathDiscardsTheResult() {
        ResultPath discard = ResultPath.compile(null, true);
        assertThat(discard.discardsResult()).isTrue();
        assertThat(discard.apply(json(INPUT), json("\"Hello\""))).isEqualTo(json(INPUT));
    }

    @Test
    void aPathSetsTheResultInsideACopyOfTheInput() {
        JsonNode input = json(INPUT);
        JsonNode output = ResultPath.compile("$.details.result", true).apply(input, json("{\"ok\":true}"));
        assertThat(output).isEqualTo(json("""
                {"comment":"This is a test","details":{"who":"Step Functions","result":{"ok":true}},"list":[1,2]}"""));
        assertThat(input).isEqualTo(json(INPUT));
    }

    @Test
    void missingObjectsOnThePathAreCreated() {
        assertThat(ResultPath.compile("$.a.b.c", true).apply(json("{}"), json("5")))
                .isEqualTo(json("{\"a\":{\"b\":{\"c\":5}}}"));
    }

    @Test
    void anExistingValueIsOverwritten() {
        assertThat(ResultPath.compile("$.comment", true).apply(json(INPUT), json("[]")).get("comment"))
                .isEqualTo(json("[]"));
    }

    @Test
    void arrayElementsCanBeReplacedAndBracketNamesAreFields() {
        JsonNode input = json(INPUT);
        assertThat(ResultPath.compile("$.list[1]", true).apply(input, json("9")).get("list")).isEqualTo(json("[1,9]"));
        assertThat(ResultPath.compile("$['odd key']", true).apply(json("{}"), json("1")))
                .isEqualTo(json("{\"odd key\":1}"));
        assertThat(input).isEqualTo(json(INPUT));
    }

    @Test
    void unchangedBranchesAreSharedNotCopied() {
        JsonNode input = json(INPUT);
        JsonNode output = ResultPath.compile("$.r", true).apply(input, json("1"));
        assertThat(output.get("details")).isSameAs(input.get("details"));
    }

    @Test
    void aPathThroughANonObjectFailsWithResultPathMatchFailure() {
        assertThatThrownBy(() -> ResultPath.compile("$.comment.x", true).apply(json(INPUT), json("1")))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.ResultPathMatchFailure");
                    assertThat(e.cause()).contains("$.comment.x");
                });
        assertThatThrownBy(() -> ResultPath.compile("$.a", true).apply(json("\"text\""), json("1")))
                .isInstanceOfSatisfying(StatesException.class,
                        e -> assertThat(e.error()).isEqualTo("States.ResultPathMatchFailure"));
        assertThatThrownBy(() -> ResultPath.compile("$.list[5]", true).apply(json(INPUT), json("1")))
                .isInstanceOf(StatesException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$$.Execution", "$.a[*]", "$..a", "$.a[?(@.b)]", "$var.a", "$.a[0:1]", "$.a[-1]",
            "a.b", "$.a.length()"})
    void onlyReferencePathsOnTheInputAreAccepted(String path) {
        assertThatThrownBy(() -> ResultPath.compile(path, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(path);
    }
}
