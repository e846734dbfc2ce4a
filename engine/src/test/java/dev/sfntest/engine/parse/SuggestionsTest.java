package dev.sfntest.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestCandidateForATypo() {
        assertThat(Suggestions.closest("expectedOuput", List.of("expectedPath", "expectedOutput", "input")))
                .contains("expectedOutput");
    }

    @Test
    void countsASwapOfNeighbouringLettersAsOneEdit() {
        assertThat(Suggestions.closest("Chrage", List.of("Charge", "Notify"))).contains("Charge");
    }

    @Test
    void ignoresCase() {
        assertThat(Suggestions.closest("statemachine", List.of("stateMachine"))).contains("stateMachine");
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertThat(Suggestions.closest("banana", List.of("expectedOutput", "input"))).isEmpty();
    }
}
