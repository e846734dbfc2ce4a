package dev.sfntest.engine.exec;

import static dev.sfntest.engine.exec.InterpreterTest.json;
import static dev.sfntest.engine.exec.InterpreterTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.spi.TaskOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retry and Catch, as AWS recorded them (corpus cases named in each test). */
class ErrorHandlingTest {

    @Test
    void statesAllCatchesADataLimitExceededReportedByTheTask() throws Exception {
        // corpus error_handling/test_states_errors.test_task_lambda_catch_state_all_data_limit_exceeded_on_large_utf8_response
        String cause = "The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes"
                + " service limit.";
        ExecutionResult r = run("""
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                    "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}],"End":true},
                  "H":{"Type":"Pass","End":true}}}""", "{}",
                inv -> TaskOutcome.failure("States.DataLimitExceeded", cause));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.path()).containsExactly("T", "H");
        assertThat(r.output()).isEqualTo(json("{\"Error\":\"States.DataLimitExceeded\",\"Cause\":\"" + cause + "\"}"));
    }

    @Test
    void statesAllStillDoesNotMatchStatesRuntime() {
        assertThat(ErrorHandling.matches(List.of("States.ALL"), "States.Runtime")).isFalse();
        assertThat(ErrorHandling.matches(List.of("States.TaskFailed"), "States.Runtime")).isFalse();
    }

    @Test
    void theCatchOutputCarriesAnEmptyCauseWhenTheErrorHasNone() throws Exception {
        // corpus error_handling/test_task_service_lambda.test_invoke_timeout: {"Error":"States.Timeout","Cause":""}
        ExecutionResult r = run("""
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                    "Catch":[{"ErrorEquals":["States.Timeout"],"Next":"H"}],"End":true},
                  "H":{"Type":"Pass","End":true}}}""", "{}", inv -> TaskOutcome.failure("States.Timeout", null));
        assertThat(r.output()).isEqualTo(json("{\"Error\":\"States.Timeout\",\"Cause\":\"\"}"));
    }

    @Test
    void aRetriedParallelShowsTheBranchesOfItsLastAttemptOnly() throws Exception {
        // corpus states_variables/test_error_output.test_parallel_catch_error.PARALLEL_CATCH_ERROR_OUTPUT_WITH_RETRY
        ExecutionResult r = run("""
                {"StartAt":"P","States":{
                  "P":{"Type":"Parallel","Branches":[{"StartAt":"T","States":{
                      "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}],
                    "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":1,"MaxAttempts":1}],
                    "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}],"End":true},
                  "H":{"Type":"Pass","End":true}}}""", "{}", inv -> TaskOutcome.failure("Exception", "x"));
        assertThat(r.path()).containsExactly("P", "H");
        assertThat(r.visits().get(0).runs()).hasSize(1);
        assertThat(InterpreterTest.types(r).stream().filter("ParallelStateStarted"::equals)).hasSize(2);
    }

    @Test
    void eachAttemptOfARetriedTaskSeesItsOwnRetryCountInTheContextObject() throws Exception {
        // The context object of an invocation is built only when asked for; asked for after the execution ended,
        // it must still describe the attempt it belonged to.
        List<dev.sfntest.engine.spi.TaskInvocation> calls = new java.util.ArrayList<>();
        run("""
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                    "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}],"End":true}}}""", "{}",
                inv -> {
                    calls.add(inv);
                    return calls.size() < 3 ? TaskOutcome.failure("Boom", "x") : TaskOutcome.success(json("{}"));
                });
        assertThat(calls).extracting(c -> c.context().path("State").path("RetryCount").asInt()).containsExactly(0, 1, 2);
        assertThat(calls).extracting(c -> c.context().path("State").path("Name").asText()).containsOnly("T");
    }
}
