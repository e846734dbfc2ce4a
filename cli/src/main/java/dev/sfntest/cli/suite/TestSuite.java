package dev.sfntest.cli.suite;

import dev.sfntest.cli.config.ExecutionContextSpec;
import dev.sfntest.cli.yaml.Located;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A loaded test suite.
 *
 * @param stateMachine the {@code stateMachine} value, or the name taken from a file called
 *                     {@code <name>.test.yaml}; empty when neither (the command line must then name one)
 * @param baseMock     the {@code baseMock} value; empty means "the state machine's name"
 */
public record TestSuite(Path file, String version, String name, Optional<String> description,
                        Optional<Located<String>> stateMachine, Optional<Located<String>> baseMock,
                        ExecutionContextSpec executionContext, Settings settings, Assertions assertions,
                        List<TestCase> testCases) {

    public TestSuite {
        testCases = List.copyOf(testCases);
    }

    /** Whether any case says {@code only: true}; then only those run. */
    public boolean hasOnly() {
        return testCases.stream().anyMatch(TestCase::only);
    }

    /** Whether a case is to be reported as skipped: {@code skip: true}, or another case has {@code only}. */
    public boolean isSkipped(TestCase testCase) {
        return isSkipped(testCase, hasOnly());
    }

    /** {@link #isSkipped(TestCase)} with {@link #hasOnly()} already known (it looks at every case). */
    public static boolean isSkipped(TestCase testCase, boolean suiteHasOnly) {
        return testCase.skip() || (suiteHasOnly && !testCase.only());
    }

    /** The cases to run, in file order. */
    public List<TestCase> casesToRun() {
        boolean only = hasOnly();
        return testCases.stream().filter(c -> !isSkipped(c, only)).toList();
    }

    /** The folder relative paths in the suite resolve against. */
    public Path folder() {
        return file.toAbsolutePath().normalize().getParent();
    }
}
