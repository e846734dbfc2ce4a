package dev.sfntest.engine.exec.choice;

import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;

/**
 * The AWS error texts a JSONPath Choice rule raises while it is evaluated (the interpreter adds the
 * "An error occurred while executing the state ..." prefix). Candidates for the shared {@code error.Causes}.
 */
final class ChoiceCauses {
    private ChoiceCauses() {}

    /**
     * {@code Variable} (or a {@code …Path} operand) selects nothing. Wording copied from causes of real AWS
     * executions quoted in public bug reports, e.g. "An error occurred while executing the state 'IsDataset'
     * (entered at the event id #2). Invalid path '$.processing_type': The choice state's condition path references
     * an invalid value." Not in the recorded corpus; that AWS uses the same text for a missing {@code …Path}
     * operand is an assumption.
     */
    static StatesException invalidPath(String path) {
        return StatesException.inState(StatesErrors.RUNTIME,
                "Invalid path '" + path + "': The choice state's condition path references an invalid value.");
    }
}
