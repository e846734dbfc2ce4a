package dev.sfntest.cli.suite;

/** A suite's {@code assertions:} defaults: output partial, path exact, state partial. */
public record Assertions(Matching outputMatching, PathMatching pathMatching, Matching stateMatching) {
    public static final Assertions DEFAULT = new Assertions(Matching.PARTIAL, PathMatching.EXACT, Matching.PARTIAL);
}
