package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import java.math.BigDecimal;

/**
 * A Map Run's tolerated failure threshold: ToleratedFailureCount and/or ToleratedFailurePercentage.
 *
 * <p>Rules from <a href="https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html">Tolerated
 * failure threshold for Distributed Map state</a>: the run fails when the number of failed (or timed-out) items
 * <em>exceeds</em> the count, or when failed / total items, as a percentage, <em>exceeds</em> the percentage; with
 * both given it fails when either is exceeded; with neither, one failure fails the run (default 0). A percentage
 * of 100 never fails. The Map executor then raises {@code States.ExceedToleratedFailureThreshold}.
 *
 * <p>Path values are validated as AWS does (recorded {@code test_map_state_tolerated_failure_*_path} cases): numeric
 * strings such as {@code "1"} are accepted, anything else fails with {@code States.Runtime} and the recorded cause.
 *
 * @param count      the tolerated count, or null when not configured
 * @param percentage the tolerated percentage (0..100), or null when not configured
 */
public record FailureTolerance(Long count, BigDecimal percentage) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No threshold configured: any failure fails the run. */
    public static final FailureTolerance NONE = new FailureTolerance(null, null);

    public FailureTolerance {
        if (count != null && count < 0) throw new IllegalArgumentException(MapCauses.toleratedCountNegative());
        if (percentage != null && (percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException(MapCauses.toleratedPercentageOutOfRange());
        }
    }

    /**
     * True when {@code failed} of {@code total} items break the threshold. With ItemBatcher, pass item counts: a
     * failed batch counts all its items as failed.
     */
    public boolean exceeded(long failed, long total) {
        if (failed <= 0) return false;
        if (count == null && percentage == null) return true;
        if (count != null && failed > count) return true;
        if (percentage != null && total > 0) {
            // failed / total * 100 > percentage, without rounding
            return BigDecimal.valueOf(failed).multiply(HUNDRED)
                    .compareTo(percentage.multiply(BigDecimal.valueOf(total))) > 0;
        }
        return false;
    }

    /**
     * The value read by ToleratedFailureCountPath.
     *
     * @param value the value the path selected
     * @param path  the path as written in the definition, quoted in the cause
     * @throws StatesException {@code States.Runtime} with AWS's cause when the value is not a non-negative integer
     */
    public static long countFromPath(JsonNode value, String path) {
        Long n = null;
        if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
            n = value.longValue();
        } else if (value != null && value.isTextual()) {
            try {
                n = Long.parseLong(value.textValue().trim());
            } catch (NumberFormatException ignored) {
                // reported below with the value as written
            }
        }
        if (n == null) {
            throw StatesException.inState(StatesErrors.RUNTIME, MapCauses.toleratedCountNotInteger(value, path));
        }
        if (n < 0) throw StatesException.inState(StatesErrors.RUNTIME, MapCauses.toleratedCountNegative());
        return n;
    }

    /**
     * The value read by ToleratedFailurePercentagePath.
     *
     * @throws StatesException {@code States.Runtime} with AWS's cause when the value is not a number in [0, 100]
     */
    public static BigDecimal percentageFromPath(JsonNode value, String path) {
        BigDecimal p = null;
        if (value != null && value.isNumber()) {
            p = value.decimalValue();
        } else if (value != null && value.isTextual()) {
            try {
                p = new BigDecimal(value.textValue().trim());
            } catch (NumberFormatException ignored) {
                // reported below with the value as written
            }
        }
        if (p == null) {
            throw StatesException.inState(StatesErrors.RUNTIME, MapCauses.toleratedPercentageNotFloat(value, path));
        }
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
            throw StatesException.inState(StatesErrors.RUNTIME, MapCauses.toleratedPercentageOutOfRange());
        }
        return p;
    }

    /**
     * A JSONata-evaluated ToleratedFailureCount; the causes of the Path form are reused (AWS's JSONata texts are
     * not recorded).
     */
    public static long countFromValue(JsonNode value) {
        return countFromPath(value, "ToleratedFailureCount");
    }

    /** A JSONata-evaluated ToleratedFailurePercentage; see {@link #countFromValue}. */
    public static BigDecimal percentageFromValue(JsonNode value) {
        return percentageFromPath(value, "ToleratedFailurePercentage");
    }
}
