package dev.sfntest.cli.run;

import dev.sfntest.cli.assertion.Difference;
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

    public CaseFailure(List<FailedExpectation> expectations, List<String> path) {
        super(message(expectations, path));
        this.expectations = List.copyOf(expectations);
        this.path = List.copyOf(path);
    }

    public List<FailedExpectation> expectations() {
        return expectations;
    }

    /** The top-level states the execution entered. */
    public List<String> path() {
        return path;
    }

    private static String message(List<FailedExpectation> expectations, List<String> path) {
        String body = expectations.stream().map(FailedExpectation::message).collect(Collectors.joining("\n"));
        return body + (path.isEmpty() ? "" : "\nexecuted path: " + String.join(" → ", path));
    }

    /**
     * One unmet expectation.
     *
     * @param message     the plain text (as in the AssertionFailedError from the assertion package)
     * @param differences the JSON differences when the expectation compared JSON, else empty
     */
    public record FailedExpectation(String subject, String message, List<Difference> differences) {}
}
