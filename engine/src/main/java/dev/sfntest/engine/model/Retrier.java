package dev.sfntest.engine.model;

import java.util.List;

/** One Retry entry. Defaults are AWS's: 1 s interval, 3 attempts, back-off rate 2.0. */
public record Retrier(List<String> errorEquals, double intervalSeconds, int maxAttempts, double backoffRate,
                      Long maxDelaySeconds, JitterStrategy jitterStrategy) {

    public enum JitterStrategy { FULL, NONE }
}
