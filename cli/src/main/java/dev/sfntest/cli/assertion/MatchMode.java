package dev.sfntest.cli.assertion;

/** How an expected JSON value is compared with the actual one ({@code outputMatching}, {@code stateMatching}). */
public enum MatchMode {
    /** Equal: same fields, same values; object key order is irrelevant and numbers compare by value. */
    EXACT,
    /**
     * Every field named in the expectation is present and equal, recursively; fields the expectation does not name
     * are ignored. Arrays still compare by length, element by element (partially).
     */
    PARTIAL
}
