package dev.sfntest.cli.assertion;

import static dev.sfntest.cli.assertion.JsonMatcherTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class AssertionFailureTest {

    @Test
    void jsonFailureCarriesCompactJsonAndOneLinePerDifference() {
        JsonNode expected = json("{\"status\": \"declined\", \"items\": [1, 2]}");
        JsonNode actual = json("{\"items\": [1, 2, 3], \"status\": \"approved\"}");
        AssertionFailedError error = AssertionFailure.ofJson("output", MatchMode.PARTIAL, expected, actual,
                JsonMatcher.compare(expected, actual, MatchMode.PARTIAL));
        assertThat(error.getMessage()).isEqualTo("""
                output does not match (partial): 2 differences
                  $.status: expected "declined" but was "approved"
                  $.items: expected an array of 2 elements but was 3 elements""");
        assertThat(error.getExpected().getValue()).isEqualTo("{\"status\":\"declined\",\"items\":[1,2]}");
        assertThat(error.getActual().getValue()).isEqualTo("{\"items\":[1,2,3],\"status\":\"approved\"}");
    }

    @Test
    void listsAtMostTwentyDifferencesThenCountsTheRest() {
        JsonNode expected = json("[" + String.join(",", IntStream.range(0, 25).mapToObj(i -> "0").toList()) + "]");
        JsonNode actual = json("[" + String.join(",", IntStream.range(0, 25).mapToObj(i -> "1").toList()) + "]");
        String message = AssertionFailure.ofJson("output", MatchMode.EXACT, expected, actual,
                JsonMatcher.compare(expected, actual, MatchMode.EXACT)).getMessage();
        assertThat(message.lines()).hasSize(22).first().isEqualTo("output does not match (exact): 25 differences");
        assertThat(message.lines()).last().isEqualTo("  … and 5 more");
    }

    @Test
    void otherFailuresIndentMultiLineMismatchesAndWrapListsAsJson() {
        AssertionFailedError error = AssertionFailure.of("path", List.of("line one\nline two"), List.of("A", "B"),
                List.of("A"));
        assertThat(error.getMessage()).isEqualTo("path does not match\n  line one\n  line two");
        assertThat(error.getExpected().getValue()).isEqualTo("[\"A\",\"B\"]");
        assertThat(error.getActual().getValue()).isEqualTo("[\"A\"]");
        assertThat(AssertionFailure.of("error", List.of("x"), null, null).isExpectedDefined()).isFalse();
    }
}
