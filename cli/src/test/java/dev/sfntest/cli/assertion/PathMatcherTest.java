package dev.sfntest.cli.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathMatcherTest {
    static final List<String> PATH = List.of("Validate", "Charge", "Retry", "Charge", "Notify", "Done");

    @Test
    void exactHoldsOnlyForTheSamePath() {
        assertThat(PathMatcher.match(List.of(PATH), PATH, PathMatchMode.EXACT)).isEmpty();
        assertThat(PathMatcher.match(List.of(List.of()), List.of(), PathMatchMode.EXACT)).isEmpty();
    }

    @Test
    void exactNamesTheFirstDivergingIndexWithAWindowOfBothPaths() {
        assertThat(PathMatcher.match(List.of(List.of("Validate", "Charge", "Retry", "Charge", "Decline", "Done")),
                PATH, PathMatchMode.EXACT)).containsExactly("""
                path differs at index 4: expected "Decline" but was "Notify"
                  expected: [… Retry, Charge, Decline, Done]
                  actual:   [… Retry, Charge, Notify, Done]""");
    }

    @Test
    void exactReportsAPathThatEndedEarlyOrRanOn() {
        assertThat(PathMatcher.match(List.of(List.of("Validate", "Charge", "Notify")), List.of("Validate"),
                PathMatchMode.EXACT)).containsExactly("""
                path ended after 1 state; expected "Charge" at index 1
                  expected: [Validate, Charge, Notify]
                  actual:   [Validate]""");
        assertThat(PathMatcher.match(List.of(List.of("Validate")), PATH, PathMatchMode.EXACT)).containsExactly("""
                path has 5 more states than expected, from index 1: "Charge"
                  expected: [Validate]
                  actual:   [Validate, Charge, Retry, Charge …]""");
    }

    @Test
    void includesFindsAConsecutiveSequenceAnywhere() {
        assertThat(PathMatcher.match(List.of(List.of("Charge", "Notify")), PATH, PathMatchMode.INCLUDES)).isEmpty();
        assertThat(PathMatcher.match(List.of(List.of()), PATH, PathMatchMode.INCLUDES)).isEmpty();
    }

    @Test
    void includesRejectsASequenceWhoseStatesAreNotConsecutive() {
        assertThat(PathMatcher.match(List.of(List.of("Validate", "Charge", "Notify")), PATH,
                PathMatchMode.INCLUDES)).containsExactly("""
                path does not include the sequence [Validate, Charge, Notify]; closest at index 0: \
                after [Validate, Charge] expected "Notify" but was "Retry"
                  expected: [Validate, Charge, Notify]
                  actual:   [Validate, Charge, Retry, Charge, Notify …]""");
    }

    @Test
    void includesSaysWhenTheFirstStateWasNeverEntered() {
        assertThat(PathMatcher.match(List.of(List.of("Refund")), PATH, PathMatchMode.INCLUDES)).containsExactly("""
                path does not include the sequence [Refund]; "Refund" was never entered
                  actual:   [Validate, Charge, Retry, Charge, Notify …]""");
    }

    @Test
    void everySequenceOfAListOfListsMustHold() {
        List<String> mismatches = PathMatcher.match(
                List.of(List.of("Validate", "Charge"), List.of("Refund"), List.of("Notify", "Done")), PATH,
                PathMatchMode.INCLUDES);
        assertThat(mismatches).singleElement().asString().startsWith("path 2 of 3: path does not include");
    }
}
