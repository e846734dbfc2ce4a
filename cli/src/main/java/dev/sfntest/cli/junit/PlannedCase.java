package dev.sfntest.cli.junit;

import java.util.Optional;
import java.util.OptionalLong;

/** One test case ready to run: everything loaded and validated, so running it can only pass or fail. */
public interface PlannedCase {
    String name();

    /** Where the case is defined, e.g. {@code suite.yaml:14}, for reports. */
    String location();

    /** Why the case is skipped, or empty when it runs. */
    Optional<String> skipReason();

    /**
     * Runs the case; returns normally when every expectation holds, throws
     * {@link org.opentest4j.AssertionFailedError} when one does not.
     */
    CaseOutcome run() throws Exception;

    /** The case's wall-clock limit in milliseconds; empty when it has none. The engine enforces it. */
    default OptionalLong timeoutMillis() {
        return OptionalLong.empty();
    }

    /** What a case that overran its {@link #timeoutMillis()} fails with. */
    default Throwable timeoutFailure(long millis) {
        return new org.opentest4j.AssertionFailedError("the case did not finish within its timeout of " + millis
                + " ms (wall clock)");
    }
}
