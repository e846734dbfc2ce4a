package dev.sfntest.cli.junit;

import java.util.Optional;

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
}
