package dev.sfntest.engine.exec;

import static dev.sfntest.engine.exec.InterpreterTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.ExecutionResult;
import org.junit.jupiter.api.Test;

/** Fail states, as AWS recorded them (corpus cases named in each test). */
class FailExecutorTest {

    @Test
    void aFailStateWithNeitherErrorNorCauseStillFailsTheExecution() throws Exception {
        // corpus error_handling/test_aws_sdk.test_s3_no_such_key: FAILED with no error and no cause
        ExecutionResult r = run("""
                {"StartAt":"F","States":{"F":{"Type":"Fail"}}}""", "{}", null);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(r.error()).isNull();
        assertThat(r.cause()).isNull();
        assertThat(r.visits().get(0).failed()).isTrue();
        assertThat(InterpreterTest.types(r)).endsWith("FailStateEntered", "ExecutionFailed");
    }

    @Test
    void aFailStateWithOnlyAJsonataCauseFailsWithThatCause() throws Exception {
        // corpus scenarios/test_base_scenarios.test_fail_cause_jsonata, outputdecl/…test_output_in_choice.CONDITION_FALSE
        ExecutionResult r = run("""
                {"QueryLanguage":"JSONata","StartAt":"F","States":{
                  "F":{"Type":"Fail","Cause":"{% $states.input.cause %}"}}}""", "{\"cause\":\"boom\"}", null);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.error()).isNull();
        assertThat(r.cause()).isEqualTo("boom");
    }

    @Test
    void anEmptyFailInsideAMapFailsTheMapInsteadOfCompletingIt() throws Exception {
        // corpus scenarios/test_base_scenarios.test_map_state_catch_empty_fail ("State.ALL" is not States.ALL)
        ExecutionResult r = run("""
                {"StartAt":"M","States":{
                  "M":{"Type":"Map","ItemProcessor":{"StartAt":"F","States":{"F":{"Type":"Fail"}}},
                    "Catch":[{"ErrorEquals":["State.ALL"],"Next":"Caught"}],"Next":"Done"},
                  "Caught":{"Type":"Pass","End":true},
                  "Done":{"Type":"Pass","End":true}}}""", "[1]", null);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.path()).containsExactly("M");
    }

    @Test
    void anErrorPathThatFindsNothingIsARuntimeErrorNamingTheField() throws Exception {
        // corpus scenarios/test_base_scenarios.test_invalid_jsonpath.INVALID_JSONPATH_IN_ERRORPATH (loose cause)
        ExecutionResult r = run("""
                {"StartAt":"fail","States":{"fail":{"Type":"Fail","ErrorPath":"$.ErrorX"}}}""",
                "{\"Error\":\"error-value\"}", null);
        assertThat(r.error()).isEqualTo("States.Runtime");
        assertThat(r.cause()).isEqualTo("An error occurred while executing the state 'fail' (entered at the event id"
                + " #2). The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in the input"
                + " '{\"Error\":\"error-value\"}'");
    }

    @Test
    void aCausePathThatFindsNothingIsARuntimeErrorNamingTheField() throws Exception {
        // corpus scenarios/test_base_scenarios.test_invalid_jsonpath.ST_INVALID_JSONPATH_IN_CAUSEPATH
        ExecutionResult r = run("""
                {"StartAt":"fail","States":{"fail":{"Type":"Fail","ErrorPath":"$.Error",
                  "CausePath":"$.NoSuchCausePath"}}}""", "{\"Error\":\"error-value\"}", null);
        assertThat(r.error()).isEqualTo("States.Runtime");
        assertThat(r.cause()).endsWith("The JSONPath '$.NoSuchCausePath' specified for the field 'CausePath' could"
                + " not be found in the input '{\"Error\":\"error-value\"}'");
    }
}
