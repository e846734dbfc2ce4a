package dev.sfntest.cli.command;

import dev.sfntest.cli.yaml.InputException;
import java.io.PrintWriter;

/**
 * How a command's failure reaches the user: bad input as its one-paragraph message (exit 2), anything else as an
 * internal error with a request to rerun with --verbose (exit 3). Used for every command, and for each run of
 * {@code run --watch}, which reports a failed run and goes on watching.
 */
final class ErrorReport {
    private ErrorReport() {}

    /** Prints {@code ex} to {@code err}; returns the exit code it stands for. */
    static int print(Exception ex, PrintWriter err, boolean verbose) {
        if (ex instanceof InputException in) {
            err.println(in.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof UserInputException) {
            err.println(ex.getMessage());
            if (verbose && ex.getCause() != null) ex.getCause().printStackTrace(err);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("sfn-test: internal error: " + ex);
        if (verbose) ex.printStackTrace(err);
        else err.println("Rerun with --verbose for the stack trace, and please report it.");
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
