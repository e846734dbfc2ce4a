package dev.sfntest.cli.assertion;

/** How an expected state sequence is compared with the executed path ({@code pathMatching}). */
public enum PathMatchMode {
    /** The executed path equals the expected sequence. */
    EXACT,
    /** The expected sequence appears consecutively somewhere in the executed path. */
    INCLUDES
}
