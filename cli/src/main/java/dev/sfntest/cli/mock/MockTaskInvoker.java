package dev.sfntest.cli.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import dev.sfntest.engine.spi.TaskInvocation;
import dev.sfntest.engine.spi.TaskInvoker;
import dev.sfntest.engine.spi.TaskOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Answers Task states from mocks. Create one per test case: stateful call counters live here and so start at
 * zero for every case. Thread-safe, for Map iterations and Parallel branches run concurrently.
 *
 * <p>A task without a mock returns its input (wrapped as {@code {Payload: input}} for
 * {@code arn:aws:states:::lambda:invoke}), as the reference tool does, and its state is listed in
 * {@link #unmockedStates()}; in strict mode it fails with {@value #UNMOCKED_ERROR} instead. A conditional mock
 * with no matching condition and no default fails with {@value #NO_MATCH_ERROR}. Both also land in
 * {@link #mockFailures()}, so the runner can fail the test case even when the workflow catches the error.
 */
public final class MockTaskInvoker implements TaskInvoker {
    /** Error name for a task with no mock in strict mode. */
    public static final String UNMOCKED_ERROR = "SfnTest.NoMock";
    /** Error name for a conditional mock that matches nothing and has no default. */
    public static final String NO_MATCH_ERROR = "SfnTest.NoMatchingCondition";

    private static final Pattern LAMBDA_INVOKE = Pattern.compile("arn:[^:]+:states:::lambda:invoke(\\..*)?");

    private final MockSet mocks;
    private final RandomSource random;
    private final boolean strict;
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Set<String> unmocked = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    public MockTaskInvoker(MockSet mocks, RandomSource random, boolean strict) {
        this.mocks = mocks;
        this.random = random;
        this.strict = strict;
    }

    /** The invoker for one test case: base mocks, the case's overrides, the case's seeded random source. */
    public static MockTaskInvoker forCase(MockFile base, List<MockSpec> overrides, RandomSource random,
                                          boolean strict) {
        return new MockTaskInvoker(MockSet.of(base, overrides), random, strict);
    }

    @Override
    public TaskOutcome invoke(TaskInvocation invocation) {
        Optional<MockSpec> mock = mocks.forState(invocation.stateName());
        if (mock.isEmpty()) {
            return unmocked(invocation);
        }
        int call = calls.computeIfAbsent(invocation.stateName(), k -> new AtomicInteger()).getAndIncrement();
        MockSpec spec = mock.get();
        if (spec instanceof MockSpec.Fixed f) {
            return outcome(new MockOutcome.Respond(f.response()), f.delayMillis());
        }
        if (spec instanceof MockSpec.Stateful s) {
            return outcome(s.responses().get(call % s.responses().size()), s.delayMillis());
        }
        if (spec instanceof MockSpec.Error e) {
            boolean fails = e.probability().map(p -> random.nextDouble() < p).orElse(true);
            return fails ? outcome(new MockOutcome.Fail(e.error()), e.delayMillis())
                    : outcome(new MockOutcome.Respond(Json.NODES.objectNode()), e.delayMillis());
        }
        if (spec instanceof MockSpec.Conditional c) {
            return conditional(c, invocation);
        }
        MockSpec.ItemReader r = (MockSpec.ItemReader) spec;
        return outcome(new MockOutcome.Respond(Json.NODES.arrayNode().addAll(r.data().orElse(List.of()))),
                r.delayMillis());
    }

    private TaskOutcome conditional(MockSpec.Conditional mock, TaskInvocation invocation) {
        for (MockSpec.Condition condition : mock.conditions()) {
            if (condition.whenInput().isEmpty()
                    || PartialMatch.matches(condition.whenInput().get(), invocation.input())) {
                long delay = condition.delayMillis().orElse(mock.delayMillis());
                return outcome(condition.outcome(), delay);
            }
        }
        String cause = "no condition of the conditional mock for state '" + invocation.stateName()
                + "' matches its input " + Json.write(invocation.input()) + ", and it has no default";
        failures.add(cause);
        return new TaskOutcome.Failure(NO_MATCH_ERROR, cause, mock.delayMillis());
    }

    private TaskOutcome unmocked(TaskInvocation invocation) {
        unmocked.add(invocation.stateName());
        if (strict) {
            String cause = "no mock for task state '" + invocation.stateName() + "' (strict mode)";
            failures.add(cause);
            return TaskOutcome.failure(UNMOCKED_ERROR, cause);
        }
        JsonNode input = invocation.input().deepCopy();
        if (invocation.resource() != null && LAMBDA_INVOKE.matcher(invocation.resource()).matches()) {
            ObjectNode wrapped = Json.NODES.objectNode();
            wrapped.set("Payload", input);
            return TaskOutcome.success(wrapped);
        }
        return TaskOutcome.success(input);
    }

    private static TaskOutcome outcome(MockOutcome outcome, long delay) {
        if (outcome instanceof MockOutcome.Respond r) {
            return new TaskOutcome.Success(r.response().deepCopy(), delay);
        }
        MockError error = ((MockOutcome.Fail) outcome).error();
        return new TaskOutcome.Failure(error.type(), error.causeText(), delay);
    }

    /** Task states that ran without a mock, in first-call order (warnings for the report). */
    public List<String> unmockedStates() {
        synchronized (unmocked) {
            return List.copyOf(unmocked);
        }
    }

    /** Messages of calls the mocks could not answer (no matching condition; unmocked in strict mode). */
    public List<String> mockFailures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** How often each state was called so far. */
    public int callCount(String stateName) {
        AtomicInteger count = calls.get(stateName);
        return count == null ? 0 : count.get();
    }
}
