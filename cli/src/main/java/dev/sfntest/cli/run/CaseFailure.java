package dev.sfntest.cli.run;

import dev.sfntest.cli.assertion.Difference;
import dev.sfntest.cli.junit.CaseOutcome;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Every unmet expectation of one test case, in one failure: its plain message (JUnit XML, JSON) lists them all;
 * the console reporter renders the JSON differences in colour.
 *
 * @see FailedExpectation
 */
public final class CaseFailure extends AssertionFailedError {
    private final List<FailedExpectation> expectations;
    private final List<String> path;
    private final List<String> warnings;

    /**
     * @param warnings what the case did that may explain the failure, e.g. tasks that ran without a mock
     */
    public CaseFailure(List<FailedExpectation> expectations, List<String> path, List<String> warnings) {
        super(message(expectations, path, warnings));
        this.expectations = List.copyOf(expectations);
        this.path = List.copyOf(path);
        this.warnings = List.copyOf(warnings);
    }

    /** A case that failed for one reason, with no execution to show (e.g. it ran past its timeout). */
    static CaseFailure of(String subject, String message) {
        return new CaseFailure(List.of(new FailedExpectation(subject, message, List.of())), List.of(), List.of());
    }

    /**
     * No stack trace: a failed expectation is the user's news, not ours, and JUnit XML would otherwise show
     * sfn-test's own call stack under every {@code <failure>}.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** Warnings of the case (unmocked tasks, …); they often explain the failure. */
    public List<String> warnings() {
        return warnings;
    }

    public List<FailedExpectation> expectations() {
        return expectations;
    }

    /** The top-level states the execution entered. */
    public List<String> path() {
        return path;
    }

    private static String message(List<FailedExpectation> expectations, List<String> path, List<String> warnings) {
        String body = expectations.stream().map(FailedExpectation::message).collect(Collectors.joining("\n"));
        return body + (path.isEmpty() ? "" : "\nexecuted path: " + describePath(path))
                + warnings.stream().map(w -> "\nwarning: " + w).collect(Collectors.joining());
    }

    /** The path as {@code A → B → C}, long paths abbreviated (see {@link CaseOutcome#describePath}). */
    public static String describePath(List<String> path) {
        return CaseOutcome.describePath(path);
    }

    /**
     * One unmet expectation.
     *
     * @param message     the plain text (as in the AssertionFailedError from the assertion package)
     * @param differences the JSON differences when the expectation compared JSON, else empty
     */
    public record FailedExpectation(String subject, String message, List<Difference> differences) {}
}
