package dev.sfntest.engine.error;

/**
 * An ASL error raised while a workflow runs: a value of the workflow (Error name + Cause), not a Java failure.
 *
 * <p>It travels up to the state's Retry/Catch handling; an uncaught one ends the execution as FAILED. When
 * {@link #stateScoped()} is true, the interpreter prefixes the cause with AWS's
 * "An error occurred while executing the state 'X' (entered at the event id #N). " sentence, because that part
 * depends on where the error surfaced, which the code that raised it does not know.
 */
public final class StatesException extends RuntimeException {
    private final String error;
    private final String cause;
    private final boolean stateScoped;

    private StatesException(String error, String cause, boolean stateScoped) {
        super(null, null, false, false); // no stack trace: this is control flow of the workflow
        this.error = error;
        this.cause = cause;
        this.stateScoped = stateScoped;
    }

    /** An error raised by a task, a Fail state or a mock: Error and Cause are used exactly as given. */
    public static StatesException of(String error, String cause) {
        return new StatesException(error, cause, false);
    }

    /**
     * An error the interpreter raises while evaluating a state (paths, intrinsics, JSONata, limits): the cause
     * gets AWS's "An error occurred while executing the state ..." prefix.
     */
    public static StatesException inState(String error, String detail) {
        return new StatesException(error, detail, true);
    }

    public String error() { return error; }

    /** The cause text; may be null when the error has none (an empty Fail state). */
    public String cause() { return cause; }

    public boolean stateScoped() { return stateScoped; }

    /** A copy whose cause already carries the state prefix. */
    public StatesException withStatePrefix(String stateName, long enteredEventId) {
        if (!stateScoped) return this;
        return new StatesException(error, "An error occurred while executing the state '" + stateName
                + "' (entered at the event id #" + enteredEventId + "). " + cause, false);
    }

    @Override
    public String getMessage() {
        return error + (cause == null ? "" : ": " + cause);
    }
}
