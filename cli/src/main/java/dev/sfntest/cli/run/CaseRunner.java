package dev.sfntest.cli.run;

import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.coverage.CoverageRecorder;
import dev.sfntest.cli.junit.CaseOutcome;
import dev.sfntest.cli.junit.PlannedCase;
import dev.sfntest.cli.mock.MockFile;
import dev.sfntest.cli.mock.MockSet;
import dev.sfntest.cli.mock.MockTaskInvoker;
import dev.sfntest.cli.config.ExecutionContextSpec;
import dev.sfntest.cli.suite.TestCase;
import dev.sfntest.cli.suite.TestSuite;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.ExecutionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs one test case: fresh mocks, one execution on the engine, then every expectation checked. */
final class CaseRunner implements PlannedCase {
    private final TestSuite suite;
    private final TestCase testCase;
    private final WorkflowLoader.LoadedWorkflow workflow;
    private final MockFile baseMock;
    private final ProjectConfig config;
    private final String stateMachineName;
    private final RunOptions options;
    private final AtomicBoolean anyFailure;
    private final Instant runStart;
    private final Optional<String> plannedSkip;
    private final Optional<CoverageRecorder> coverage;

    /** {@code suiteHasOnly}: {@link TestSuite#hasOnly()}, computed once per suite rather than once per case. */
    CaseRunner(TestSuite suite, TestCase testCase, WorkflowLoader.LoadedWorkflow workflow, MockFile baseMock,
               ProjectConfig config, String stateMachineName, RunOptions options, AtomicBoolean anyFailure,
               Instant runStart, boolean suiteHasOnly, Optional<CoverageRecorder> coverage) {
        this.suite = suite;
        this.testCase = testCase;
        this.workflow = workflow;
        this.baseMock = baseMock;
        this.config = config;
        this.stateMachineName = stateMachineName;
        this.options = options;
        this.anyFailure = anyFailure;
        this.runStart = runStart;
        this.coverage = coverage;
        this.plannedSkip = testCase.skip() ? Optional.of("skip: true")
                : TestSuite.isSkipped(testCase, suiteHasOnly) ? Optional.of("another case has only: true")
                : Optional.empty();
    }

    @Override
    public String name() {
        return testCase.name();
    }

    @Override
    public String location() {
        return testCase.location().render();
    }

    @Override
    public Optional<String> skipReason() {
        if (plannedSkip.isPresent()) return plannedSkip;
        if (options.bail() && anyFailure.get()) return Optional.of("--bail: an earlier case failed");
        return Optional.empty();
    }

    @Override
    public CaseOutcome run() throws Exception {
        MockSet mocks = MockSet.of(baseMock, testCase.mockOverrides());
        // Each case has its own seed, derived from its name, so values do not depend on which cases run.
        long seed = (suite.name() + "\u0000" + testCase.name()).hashCode();
        boolean strict = options.strict() || suite.settings().strict();
        ExecutionContextSpec context = ExecutionContextSpec.merge(config.executionContext(), suite.executionContext(),
                testCase.executionContext());
        MockedExecution mocked = new MockedExecution(mocks, config, testCase.input(),
                ContextSettings.of(context, stateMachineName, runStart), seed, strict);
        MockTaskInvoker invoker = mocked.invoker;
        List<String> warnings = mocked.warnings;
        ExecutionRequest request = mocked.request
                // Only stateExpectations look inside Distributed Map children; without them a Map Run keeps paths
                // only, so the child inputs (a million rows for a big ItemReader) are not held to the end.
                .withMapChildData(!testCase.stateExpectations().isEmpty());
        ExecutionResult result = Engine.execute(workflow.machine(), request);
        coverage.ifPresent(c -> c.record(stateMachineName, workflow.machine(), result));
        // In strict mode an unmocked task failed (a mock failure below), so it did not return its input.
        if (!strict) invoker.unmockedStates().forEach(s -> warnings.add("task '" + s + "' has no mock; it returned its input"
                + " (set settings.strict or --strict to make this a failure)"));
        List<CaseFailure.FailedExpectation> failures = new ArrayList<>();
        // A mock failure the workflow did not catch is already the execution's failure; say it once.
        invoker.mockFailures().stream().filter(f -> result.succeeded() || !f.equals(result.cause()))
                .forEach(f -> failures.add(new CaseFailure.FailedExpectation("mocks", f, List.of())));
        failures.addAll(new ExpectationChecker(suite, testCase, result).check());
        if (!failures.isEmpty()) {
            anyFailure.set(true);
            throw new CaseFailure(failures, result.path(), warnings);
        }
        return new CaseOutcome(result.path(), warnings);
    }

    /** settings.timeout / timeout; 0 means no limit (a limit of 0 ms could never be met). */
    @Override
    public OptionalLong timeoutMillis() {
        Optional<Long> timeout = testCase.timeoutMillis().or(() -> suite.settings().timeoutMillis());
        return timeout.isEmpty() || timeout.get() <= 0 ? OptionalLong.empty() : OptionalLong.of(timeout.get());
    }

    @Override
    public Throwable timeoutFailure(long millis) {
        anyFailure.set(true);
        return CaseFailure.of("timeout", "the case did not finish within its timeout of " + millis
                + " ms (wall clock)");
    }
}
