package dev.sfntest.cli.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's files are wrong (exit code 2). Carries every problem found; the message is one line per problem,
 * each starting with {@code file:line:column}.
 */
public final class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::render).collect(Collectors.joining("\n")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
