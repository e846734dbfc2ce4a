package dev.sfntest.cli.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;

class GuardedSequenceTest {
    private final CountDownLatch never = new CountDownLatch(1);
    private final List<String> events = new ArrayList<>();
    private final EngineExecutionListener listener = new EngineExecutionListener() {
        @Override
        public void executionStarted(TestDescriptor d) {
            events.add("started " + d.getDisplayName());
        }

        @Override
        public void executionSkipped(TestDescriptor d, String reason) {
            events.add("skipped " + d.getDisplayName() + ": " + reason);
        }

        @Override
        public void executionFinished(TestDescriptor d, TestExecutionResult r) {
            events.add("finished " + d.getDisplayName() + " " + r.getStatus()
                    + r.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
        }
    };

    @Test
    void reportsAnOverrunningCaseAsTimedOutAndGoesOnWithTheNextInOrder() {
        new GuardedSequence(List.of(hanging("slow", 50), passing("a", 60_000), passing("b", -1)), listener, false).run();

        assertEquals(List.of("started slow", "finished slow FAILED: the case did not finish within its timeout of 50 ms"
                        + " (wall clock)", "started a", "finished a SUCCESSFUL", "started b", "finished b SUCCESSFUL"),
                events);
    }

    @Test
    void stopOnFailureSkipsTheCasesAfterATimeout() {
        new GuardedSequence(List.of(hanging("slow", 50), passing("a", 60_000)), listener, true).run();

        assertEquals(List.of("started slow", "finished slow FAILED: the case did not finish within its timeout of 50 ms"
                + " (wall clock)", "skipped a: stopOnFailure: an earlier case failed"), events);
    }

    private CaseDescriptor hanging(String name, long timeout) {
        return descriptor(name, timeout, () -> {
            never.await();
            return null;
        });
    }

    private static CaseDescriptor passing(String name, long timeout) {
        return descriptor(name, timeout, () -> new CaseOutcome(List.of(), List.of()));
    }

    private interface Body {
        CaseOutcome run() throws Exception;
    }

    private static CaseDescriptor descriptor(String name, long timeout, Body body) {
        return new CaseDescriptor(UniqueId.forEngine("test").append("case", name), new PlannedCase() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String location() {
                return "suite.yaml:1";
            }

            @Override
            public Optional<String> skipReason() {
                return Optional.empty();
            }

            @Override
            public CaseOutcome run() throws Exception {
                return body.run();
            }

            @Override
            public OptionalLong timeoutMillis() {
                return timeout < 0 ? OptionalLong.empty() : OptionalLong.of(timeout);
            }
        });
    }
}
