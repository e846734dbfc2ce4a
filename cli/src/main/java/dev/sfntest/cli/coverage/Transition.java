package dev.sfntest.cli.coverage;

/**
 * One transition a definition allows: from a state to the next, and by which field.
 *
 * @param from qualified name of the source state ({@code ProcessItems.Check} inside a Map, {@code Fanout[1].B}
 *             in branch 1 of a Parallel)
 * @param to   qualified name of the target state
 * @param via  the field that names the target: {@code Next}, {@code Default}, {@code Choices[2]}, {@code Catch[0]}
 */
public record Transition(String from, String to, String via) {
    @Override
    public String toString() {
        return from + " → " + to + " (" + via + ")";
    }
}
