package dev.sfntest.engine.parse;

import java.util.List;
import java.util.stream.Collectors;

/** The definition is not valid ASL; carries every problem found, not only the first. */
public final class DefinitionException extends Exception {
    private final List<Diagnostic> diagnostics;

    public DefinitionException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
