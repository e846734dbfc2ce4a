package dev.sfntest.cli.command;

/**
 * A problem with what the user gave us (files, options): reported as one or more readable paragraphs, exit 2,
 * never a stack trace unless --verbose.
 */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message, null, false, false);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause, false, true);
    }
}
