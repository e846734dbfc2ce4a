package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FailureToleranceTest {

    static void assertRuntimeError(Runnable r, String cause) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(StatesException.class, e -> {
            assertThat(e.error()).isEqualTo("States.Runtime");
            assertThat(e.cause()).isEqualTo(cause);
            assertThat(e.stateScoped()).isTrue();
        });
    }

    @Test
    void failsOnTheFirstFailureWhenNothingIsTolerated() {
        assertThat(FailureTolerance.NONE.exceeded(0, 10)).isFalse();
        assertThat(FailureTolerance.NONE.exceeded(1, 10)).isTrue();
    }

    @Test
    void exceedsACountOnlyWhenFailuresAreAboveIt() {
        FailureTolerance t = new FailureTolerance(2L, null);
        assertThat(t.exceeded(2, 3)).isFalse();
        assertThat(t.exceeded(3, 3)).isTrue();
    }

    @Test
    void exceedsAPercentageOnlyWhenTheFailedShareIsAboveIt() {
        FailureTolerance t = new FailureTolerance(null, new BigDecimal("50"));
        assertThat(t.exceeded(1, 2)).isFalse();
        assertThat(t.exceeded(2, 3)).isTrue();
        assertThat(new FailureTolerance(null, new BigDecimal("33.4")).exceeded(1, 3)).isFalse();
        assertThat(new FailureTolerance(null, new BigDecimal("33.3")).exceeded(1, 3)).isTrue();
        assertThat(new FailureTolerance(null, BigDecimal.valueOf(100)).exceeded(5, 5)).isFalse();
        assertThat(new FailureTolerance(null, BigDecimal.ZERO).exceeded(1, 1000)).isTrue();
    }

    @Test
    void failsWhenEitherOfBothThresholdsIsExceeded() {
        FailureTolerance t = new FailureTolerance(1L, new BigDecimal("90"));
        assertThat(t.exceeded(1, 10)).isFalse();
        assertThat(t.exceeded(2, 100)).isTrue(); // count exceeded
        assertThat(t.exceeded(1, 1)).isTrue(); // percentage exceeded
    }

    @Test
    void acceptsIntegersAndNumericStringsFromTheCountPath() throws IOException {
        assertThat(FailureTolerance.countFromPath(Json.parse("0"), "$.c")).isZero();
        assertThat(FailureTolerance.countFromPath(Json.parse("\"1\""), "$toleratedFailureCount")).isEqualTo(1);
    }

    @Test
    void rejectsCountPathValuesWithAwsCauses() throws IOException {
        // recorded cases test_map_state_tolerated_failure_count_path[NoNumber], [tolerated_failure_count_value0], [-1]
        assertRuntimeError(() -> FailureTolerance.countFromPath(Json.NODES.textNode("NoNumber"),
                        "$.ToleratedFailureCount"),
                "The ToleratedFailureCountPath field refers to value \"NoNumber\" which is not a valid integer: "
                        + "$.ToleratedFailureCount");
        assertRuntimeError(() -> FailureTolerance.countFromPath(Json.NODES.objectNode(), "$.ToleratedFailureCount"),
                "The ToleratedFailureCountPath field refers to value \"{}\" which is not a valid integer: "
                        + "$.ToleratedFailureCount");
        assertRuntimeError(() -> FailureTolerance.countFromPath(Json.NODES.numberNode(-1), "$.ToleratedFailureCount"),
                "ToleratedFailureCount cannot be negative.");
    }

    @Test
    void acceptsPercentagesFromZeroToOneHundred() throws IOException {
        // recorded cases test_map_state_tolerated_failure_percentage_path[0], [1], [1.1], [100]
        for (String ok : new String[] {"0", "1", "1.1", "100", "\"1\""}) {
            assertThat(FailureTolerance.percentageFromPath(Json.parse(ok), "$.p")).isNotNull();
        }
    }

    @Test
    void rejectsPercentagePathValuesWithAwsCauses() throws IOException {
        // recorded cases [-1], [-1.1], [100.1], [NoNumber], [tolerated_failure_percentage_value0]
        for (String out : new String[] {"-1", "-1.1", "100.1"}) {
            assertRuntimeError(() -> FailureTolerance.percentageFromPath(parse(out), "$.ToleratedFailurePercentage"),
                    "ToleratedFailurePercentage must be between 0 and 100.");
        }
        assertRuntimeError(() -> FailureTolerance.percentageFromPath(Json.NODES.textNode("NoNumber"),
                        "$.ToleratedFailurePercentage"),
                "The ToleratedFailurePercentagePath field refers to value \"NoNumber\" which is not a valid float: "
                        + "$.ToleratedFailurePercentage");
        assertRuntimeError(() -> FailureTolerance.percentageFromPath(Json.NODES.objectNode(),
                        "$.ToleratedFailurePercentage"),
                "The ToleratedFailurePercentagePath field refers to value \"{}\" which is not a valid float: "
                        + "$.ToleratedFailurePercentage");
    }

    @Test
    void rejectsInvalidStaticThresholdsAtLoadTime() {
        assertThatThrownBy(() -> new FailureTolerance(-1L, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FailureTolerance(null, new BigDecimal("100.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String s) {
        try {
            return Json.parse(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
