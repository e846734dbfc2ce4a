package dev.sfntest.cli.suite;

import java.util.Optional;

/**
 * A suite's {@code settings:}.
 *
 * @param timeoutMillis per test case (wall clock); empty means the runner's default
 */
public record Settings(Optional<Long> timeoutMillis, boolean parallel, boolean stopOnFailure, boolean verbose,
                       boolean strict) {
    public static final Settings DEFAULT = new Settings(Optional.empty(), false, false, false, false);
}
