/**
 * Pure checks of a test case's expectations over Jackson values: {@link dev.sfntest.cli.assertion.JsonMatcher}
 * ({@code expectedOutput}, state input/output/variables), {@link dev.sfntest.cli.assertion.PathMatcher}
 * ({@code expectedPath}, iteration and branch paths), {@link dev.sfntest.cli.assertion.ErrorMatcher}
 * ({@code expectedError}); {@link dev.sfntest.cli.assertion.AssertionFailure} turns a mismatch into the
 * {@code AssertionFailedError} the JUnit engine reports. Nothing here knows suites or the engine.
 */
package dev.sfntest.cli.assertion;
