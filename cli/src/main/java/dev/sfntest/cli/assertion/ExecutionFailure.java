package dev.sfntest.cli.assertion;

import java.util.Optional;

/**
 * How an execution failed, as the {@code ExecutionFailed} event reports it.
 *
 * @param error the error name, or {@code null} when there is none (an empty {@code Fail} state)
 * @param cause the cause, or {@code null} when there is none
 */
public record ExecutionFailure(String error, String cause) {

    /** The error name, empty when the execution failed without one. */
    public Optional<String> errorName() {
        return Optional.ofNullable(error);
    }

    /** The cause, empty when the execution failed without one. */
    public Optional<String> causeText() {
        return Optional.ofNullable(cause);
    }
}
