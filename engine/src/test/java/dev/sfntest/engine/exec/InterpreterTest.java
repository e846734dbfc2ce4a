package dev.sfntest.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.ExecutionContextSettings;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.HistoryEvent;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.TaskInvoker;
import dev.sfntest.engine.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InterpreterTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ExecutionResult run(String definition, String input, TaskInvoker invoker) throws Exception {
        ExecutionRequest request = ExecutionRequest.of(json(input)).withTaskInvoker(invoker)
                .withContext(new ExecutionContextSettings("exec-1", START, "arn:aws:iam::123456789012:role/R",
                        "123456789012", "us-east-1", "Machine"));
        return Engine.execute(Engine.load(definition), request);
    }

    static List<String> types(ExecutionResult r) {
        return r.history().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void passStatesChainAndRecordHistoryLikeAws() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Result":{"x":1},"ResultPath":"$.a","Next":"B"},
                  "B":{"Type":"Pass","End":true}}}""", "{\"in\":true}", null);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"in\":true,\"a\":{\"x\":1}}"));
        assertThat(r.path()).containsExactly("A", "B");
        assertThat(types(r)).containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
                "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
        assertThat(r.history().get(3).previousEventId()).isEqualTo(3);
    }

    @Test
    void retriesWithBackoffOnTheVirtualClockThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ExecutionResult r = run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                  "Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":2,"MaxAttempts":3,"BackoffRate":3}],
                  "End":true}}}""", "{}", inv -> calls.incrementAndGet() < 3
                ? TaskOutcome.failure("Boom", "again") : TaskOutcome.success(json("{\"ok\":" + inv.attempt() + "}")));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"ok\":2}"));
        // 2 s + 6 s of back-off, and nothing slept.
        assertThat(Duration.between(r.startTime(), r.stopTime())).isEqualTo(Duration.ofSeconds(8));
        assertThat(types(r)).containsSubsequence("TaskScheduled", "TaskFailed", "TaskScheduled", "TaskFailed",
                "TaskScheduled", "TaskSucceeded", "TaskStateExited");
    }

    @Test
    void maxAttemptsZeroNeverRetriesAndCatchReplacesOutputWithErrorObject() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ExecutionResult r = run("""
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f",
                    "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":0}],
                    "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}],"End":true},
                  "H":{"Type":"Pass","End":true}}}""", "{\"keep\":1}", inv -> {
                    calls.incrementAndGet();
                    return TaskOutcome.failure("Oops", "bad");
                });
        assertThat(calls).hasValue(1);
        assertThat(r.output()).isEqualTo(json("{\"Error\":\"Oops\",\"Cause\":\"bad\"}"));
        assertThat(types(r)).contains("LambdaFunctionScheduled", "LambdaFunctionFailed");
    }

    @Test
    void statesAllDoesNotCatchStatesRuntime() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                    "Parameters":{"v.$":"$.missing"},
                    "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}],"End":true},
                  "H":{"Type":"Pass","End":true}}}""", "{}", inv -> TaskOutcome.success(json("{}")));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.error()).isEqualTo("States.Runtime");
        assertThat(r.cause()).startsWith("An error occurred while executing the state 'T' (entered at the event id #2). ");
    }

    @Test
    void taskFailedMatchesEverythingButTimeout() {
        assertThat(ErrorHandling.matches(List.of("States.TaskFailed"), "Custom")).isTrue();
        assertThat(ErrorHandling.matches(List.of("States.TaskFailed"), "States.Timeout")).isFalse();
        // A task's DataLimitExceeded is caught by States.ALL on AWS (see ErrorHandlingTest); Runtime is not.
        assertThat(ErrorHandling.matches(List.of("States.ALL"), "States.Runtime")).isFalse();
        assertThat(ErrorHandling.matches(List.of("States.DataLimitExceeded"), "States.DataLimitExceeded")).isTrue();
    }

    @Test
    void aTaskSlowerThanItsTimeoutFailsWithStatesTimeoutDeterministically() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                  "TimeoutSeconds":5,"End":true}}}""", "{}",
                inv -> new TaskOutcome.Success(json("{}"), 6_000));
        assertThat(r.error()).isEqualTo("States.Timeout");
        assertThat(Duration.between(r.startTime(), r.stopTime())).isEqualTo(Duration.ofSeconds(5));
        assertThat(types(r)).contains("TaskTimedOut");
    }

    @Test
    void waitingADayMovesTheVirtualClockByADay() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":86400,"Next":"C"},
                  "C":{"Type":"Pass","Parameters":{"t.$":"$$.State.EnteredTime"},"End":true}}}""", "{}", null);
        // The state after the Wait is entered a day later on the virtual clock; nothing slept (a real sleep of a
        // day would never let this test finish).
        assertThat(r.output()).isEqualTo(json("{\"t\":\"2024-01-02T00:00:00.000Z\"}"));
    }

    @Test
    void waitUntilAPastTimestampContinuesAtOnce() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"W","States":{"W":{"Type":"Wait","Timestamp":"2020-01-01T00:00:00Z","End":true}}}""",
                "{}", null);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.stopTime()).isEqualTo(START);
    }

    @Test
    void runawayLoopStopsAtTheHistoryLimitWithStatesRuntime() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
                  "B":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"A"},
                  "Done":{"Type":"Succeed"}}}""",
                "{}", null);
        assertThat(r.error()).isEqualTo("States.Runtime");
        assertThat(r.cause()).isEqualTo("The execution reached the maximum number of history events (25000).");
        assertThat(types(r).get(types(r).size() - 1)).isEqualTo("ExecutionFailed");
    }

    @Test
    void parallelKeepsBranchOrderAndTakesTheSlowestBranchTime() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"W1","States":{"W1":{"Type":"Wait","Seconds":10,"Next":"R1"},
                    "R1":{"Type":"Pass","Result":1,"End":true}}},
                  {"StartAt":"R2","States":{"R2":{"Type":"Pass","Result":2,"End":true}}}]}}}""", "{}", null);
        assertThat(r.output()).isEqualTo(json("[1,2]"));
        assertThat(Duration.between(r.startTime(), r.stopTime())).isEqualTo(Duration.ofSeconds(10));
        assertThat(r.visits().get(0).runs()).hasSize(2);
    }

    @Test
    void parallelFailsWithTheFailingBranchError() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E1","Cause":"c1"}}},
                  {"StartAt":"R2","States":{"R2":{"Type":"Pass","End":true}}}]}}}""", "{}", null);
        assertThat(r.error()).isEqualTo("E1");
        assertThat(r.cause()).isEqualTo("c1");
    }

    @Test
    void inlineMapRunsEachItemWithItemSelectorAndContextIndex() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
                  "ItemSelector":{"i.$":"$$.Map.Item.Index","v.$":"$$.Map.Item.Value","k.$":"$.k"},
                  "ItemProcessor":{"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{\"items\":[\"a\",\"b\"],\"k\":7}", null);
        assertThat(r.output()).isEqualTo(json("[{\"i\":0,\"v\":\"a\",\"k\":7},{\"i\":1,\"v\":\"b\",\"k\":7}]"));
        assertThat(r.visits().get(0).runs()).hasSize(2);
        assertThat(types(r)).contains("MapStateStarted", "MapIterationStarted", "MapIterationSucceeded", "MapStateSucceeded");
    }

    @Test
    void mapOverANonArrayFailsWithAwsCause() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"M","States":{"M":{"Type":"Map",
                  "ItemProcessor":{"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{\"foo\":\"bar\"}", null);
        assertThat(r.error()).isEqualTo("States.Runtime");
        assertThat(r.cause()).endsWith("Map state input must be an array but was: {\"foo\":\"bar\"}");
    }

    @Test
    void anOutputOverTheLimitFailsWithDataLimitExceeded() throws Exception {
        String big = "x".repeat(300_000);
        ExecutionResult r = run("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""", "{\"s\":\"" + big + "\"}", null);
        assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(r.cause()).isEqualTo("The state/task 'A' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    @Test
    void variablesAssignedInsideAMapDoNotLeakOut() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"S","States":{
                  "S":{"Type":"Pass","Assign":{"x":1},"Next":"M"},
                  "M":{"Type":"Map","Items":[1],"QueryLanguage":"JSONPath","ItemsPath":"$.a",
                    "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Assign":{"inner.$":"$x"},"End":true}}},
                    "ResultPath":null,"Next":"E"},
                  "E":{"Type":"Pass","Parameters":{"x.$":"$x"},"End":true}}}""".replace("\"Items\":[1],", ""),
                "{\"a\":[1,2]}", null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"x\":1}"));
        assertThat(r.visits().get(1).runs().get(0).visits().get(0).assignedVariables()).isEqualTo(json("{\"inner\":1}"));
    }

    @Test
    void choiceFallsToDefaultOrFailsWithNoChoiceMatched() throws Exception {
        String def = """
                {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[
                  {"Variable":"$.n","NumericGreaterThan":1,"Next":"Big"}]%s},
                  "Big":{"Type":"Pass","End":true},"Small":{"Type":"Pass","End":true}}}""";
        assertThat(run(def.formatted(",\"Default\":\"Small\""), "{\"n\":0}", null).path()).containsExactly("C", "Small");
        assertThat(run(def.formatted(",\"Default\":\"Small\""), "{\"n\":5}", null).path()).containsExactly("C", "Big");
        ExecutionResult none = run(def.formatted("").replace(",\"Small\":{\"Type\":\"Pass\",\"End\":true}", ""), "{\"n\":0}", null);
        assertThat(none.error()).isEqualTo("States.NoChoiceMatched");
    }
}
