package dev.sfntest.cli.assertion;

import static dev.sfntest.cli.assertion.JsonMatcherTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorMatcherTest {
    static final String RUNTIME_CAUSE = "An error occurred while executing the state 'X' (entered at the event id #2)."
            + " The JSONPath '$.missing' specified for the field 'InputPath' could not be found in the input '{}'";
    static final Optional<ExecutionFailure> RUNTIME = Optional.of(new ExecutionFailure("States.Runtime", RUNTIME_CAUSE));

    @Test
    void aStringMatchesTheErrorName() {
        assertThat(ErrorMatcher.match(json("\"States.Runtime\""), RUNTIME)).isEmpty();
        assertThat(ErrorMatcher.match(json("\"PaymentError\""), RUNTIME))
                .containsExactly("error: expected \"PaymentError\" but was \"States.Runtime\"");
    }

    @Test
    void anExpectedErrorFailsWhenTheExecutionSucceeded() {
        assertThat(ErrorMatcher.match(json("\"PaymentError\""), Optional.empty()))
                .containsExactly("expected the execution to fail with PaymentError, but it succeeded");
        assertThat(ErrorMatcher.match(json("{}"), Optional.empty()))
                .containsExactly("expected the execution to fail, but it succeeded");
    }

    @Test
    void anEmptyObjectMatchesAnyFailureEvenWithoutErrorOrCause() {
        assertThat(ErrorMatcher.match(json("{}"), Optional.of(new ExecutionFailure(null, null)))).isEmpty();
        assertThat(ErrorMatcher.match(json("{}"), RUNTIME)).isEmpty();
    }

    @Test
    void noExpectationRequiresSuccess() {
        assertThat(ErrorMatcher.match(null, Optional.empty())).isEmpty();
        assertThat(ErrorMatcher.match(null, Optional.of(new ExecutionFailure("Boom", "it broke"))))
                .containsExactly("expected the execution to succeed, but it failed with \"Boom\": it broke");
    }

    @Test
    void objectFieldsEachMustMatch() {
        JsonNode expected = json("{\"type\":\"PaymentError\",\"cause\":\"declined\"}");
        assertThat(ErrorMatcher.match(expected, Optional.of(new ExecutionFailure("PaymentError", "declined"))))
                .isEmpty();
        assertThat(ErrorMatcher.match(expected, Optional.of(new ExecutionFailure("Other", "card declined"))))
                .containsExactly("error: expected \"PaymentError\" but was \"Other\"",
                        "cause: expected \"declined\" but was \"card declined\"");
        assertThat(ErrorMatcher.match(expected, Optional.of(new ExecutionFailure("PaymentError", null))))
                .containsExactly("cause: expected \"declined\" but was no cause");
    }

    @Test
    void aLongCauseMayMatchAsASubstring() {
        String middle = RUNTIME_CAUSE.substring(10, 10 + ErrorMatcher.SUBSTRING_MIN_LENGTH);
        assertThat(ErrorMatcher.match(json("{\"cause\":\"" + middle + "\"}"), RUNTIME)).isEmpty();
        String shortPart = middle.substring(1);
        assertThat(ErrorMatcher.match(json("{\"cause\":\"" + shortPart + "\"}"), RUNTIME)).singleElement()
                .asString().startsWith("cause: expected \"" + shortPart + "\" but was");
    }

    @Test
    void messageIsAnotherNameForCause() {
        assertThat(ErrorMatcher.match(json("{\"message\":\"declined\"}"),
                Optional.of(new ExecutionFailure("E", "declined")))).isEmpty();
        assertThat(ErrorMatcher.match(json("{\"message\":\"nope\"}"), Optional.of(new ExecutionFailure("E", "x"))))
                .containsExactly("message: expected \"nope\" but was \"x\"");
    }

    @Test
    void rejectsAnExpectationTheLoaderShouldHaveRejected() {
        assertThatThrownBy(() -> ErrorMatcher.match(json("{\"typ\":\"X\"}"), RUNTIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown key 'typ'");
        assertThatThrownBy(() -> ErrorMatcher.match(json("42"), RUNTIME))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
