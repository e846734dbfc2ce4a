package dev.sfntest.cli.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * Our JUnit Platform TestEngine: one instance per suite file, so that each suite is a root of the test plan
 * (one JUnit XML {@code <testsuite>} per suite file). The CLI, {@code mvn test} and IDEs share this path.
 */
public final class SfnTestEngine implements TestEngine {
    /** Guard threads of concurrent runs; an idle one is reused, one whose case overran keeps running aside. */
    private static final ExecutorService GUARDED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sfn-test-case");
        t.setDaemon(true);
        return t;
    });

    private final String id;
    private final PlannedSuite suite;

    public SfnTestEngine(String id, PlannedSuite suite) {
        this.id = id;
        this.suite = suite;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor root = new EngineDescriptor(uniqueId, suite.name()) {
            @Override
            public String getLegacyReportingName() {
                return suite.name();
            }
        };
        int i = 0;
        for (PlannedCase c : suite.cases()) {
            root.addChild(new CaseDescriptor(uniqueId.append("case", Integer.toString(i++)), c));
        }
        return root;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor root = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        listener.executionStarted(root);
        List<CaseDescriptor> cases = new ArrayList<>();
        root.getChildren().forEach(d -> cases.add((CaseDescriptor) d));
        if (suite.parallel() && !suite.stopOnFailure() && cases.size() > 1) {
            runConcurrently(cases, listener);
        } else if (GuardedSequence.needed(cases)) {
            new GuardedSequence(cases, listener, suite.stopOnFailure()).run();
        } else {
            boolean failed = false;
            for (CaseDescriptor c : cases) {
                if (failed && suite.stopOnFailure()) {
                    listener.executionSkipped(c, "stopOnFailure: an earlier case failed");
                    continue;
                }
                failed |= !runCase(c, listener);
            }
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private void runConcurrently(List<CaseDescriptor> cases, EngineExecutionListener listener) {
        // Results are reported in case order; only the execution overlaps.
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (CaseDescriptor c : cases) futures.add(pool.submit(() -> guardedOutcomeOf(c)));
            for (int i = 0; i < cases.size(); i++) {
                Object outcome;
                try {
                    outcome = futures.get(i).get();
                } catch (Exception e) {
                    outcome = e;
                }
                report(cases.get(i), outcome, listener);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean runCase(CaseDescriptor c, EngineExecutionListener listener) {
        if (c.testCase().skipReason().isPresent()) {
            listener.executionSkipped(c, c.testCase().skipReason().get());
            return true;
        }
        listener.executionStarted(c);
        return finish(c, outcomeOf(c), listener);
    }

    /**
     * {@link #outcomeOf} under the case's wall-clock timeout, for concurrent runs: the case runs on a guard thread
     * that is abandoned (a daemon) when it overruns.
     */
    private static Object guardedOutcomeOf(CaseDescriptor c) throws InterruptedException {
        OptionalLong timeout = c.testCase().timeoutMillis();
        if (timeout.isEmpty()) return outcomeOf(c);
        Future<Object> f = GUARDED.submit(() -> outcomeOf(c));
        try {
            return f.get(timeout.getAsLong(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return c.testCase().timeoutFailure(timeout.getAsLong());
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** A CaseOutcome, a skip reason (String) or the Throwable the case ended with. */
    static Object outcomeOf(CaseDescriptor c) {
        if (c.testCase().skipReason().isPresent()) return c.testCase().skipReason().get();
        try {
            return c.testCase().run();
        } catch (Throwable t) {
            return t;
        }
    }

    private static boolean report(CaseDescriptor c, Object outcome, EngineExecutionListener listener) {
        if (outcome instanceof String reason) {
            listener.executionSkipped(c, reason);
            return true;
        }
        listener.executionStarted(c);
        return finish(c, outcome, listener);
    }

    static boolean finish(CaseDescriptor c, Object outcome, EngineExecutionListener listener) {
        if (outcome instanceof String reason) {
            // Skipped at run time (--bail); already reported as started, so it finishes as aborted.
            listener.executionFinished(c, TestExecutionResult.aborted(new IllegalStateException(reason)));
            return true;
        }
        if (outcome instanceof CaseOutcome ok) {
            if (!ok.path().isEmpty()) listener.reportingEntryPublished(c, ReportEntry.from("path", CaseOutcome.describePath(ok.path())));
            for (String w : ok.warnings()) listener.reportingEntryPublished(c, ReportEntry.from("warning", w));
            listener.executionFinished(c, TestExecutionResult.successful());
            return true;
        }
        listener.executionFinished(c, TestExecutionResult.failed((Throwable) outcome));
        return false;
    }
}
