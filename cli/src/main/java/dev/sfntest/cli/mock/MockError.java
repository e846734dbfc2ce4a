package dev.sfntest.cli.mock;

import java.util.Optional;

/** An error a mock raises: {@code {type, cause?, message?}}; {@code type} becomes the AWS error name. */
public record MockError(String type, Optional<String> cause, Optional<String> message) {

    /** The Cause the task fails with: {@code cause}, else {@code message}, else none (null). */
    public String causeText() {
        return cause.or(() -> message).orElse(null);
    }
}
