package dev.sfntest.cli.suite;

import java.util.Optional;

/**
 * {@code expectedError}: written as a string (the error name) or as {@code {type, cause, message}} where each
 * given field must match.
 *
 * @param stringForm whether it was written as a plain string (then {@code type} holds it)
 */
public record ExpectedError(Optional<String> type, Optional<String> cause, Optional<String> message,
                            boolean stringForm) {}
