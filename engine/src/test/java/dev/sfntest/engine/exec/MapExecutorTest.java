package dev.sfntest.engine.exec;

import static dev.sfntest.engine.exec.InterpreterTest.json;
import static dev.sfntest.engine.exec.InterpreterTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.ExecutionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Inline Map, as AWS recorded it (corpus cases named in each test). */
class MapExecutorTest {

    @Test
    void maxConcurrencyPathAcceptsANumericString() throws Exception {
        // corpus assign/test_assign_reference_variables.test_reference_in_map_state.MAP_STATE_REFERENCE_IN_MAX_CONCURRENCY_PATH
        ExecutionResult r = run("""
                {"StartAt":"S","States":{
                  "S":{"Type":"Pass","Assign":{"maxConcurrency":"1"},"Result":{"Values":[1,2,3]},"Next":"M"},
                  "M":{"Type":"Map","ItemsPath":"$.Values","MaxConcurrencyPath":"$maxConcurrency",
                    "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{}", null);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.output()).isEqualTo(json("[1,2,3]"));
    }

    @Test
    void maxConcurrencyPathStillRejectsAStringThatIsNotANumber() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.v","MaxConcurrencyPath":"$.c",
                  "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{\"v\":[1],\"c\":\"one\"}", null);
        assertThat(r.error()).isEqualTo("States.Runtime");
        assertThat(r.cause()).endsWith("The MaxConcurrencyPath field must be a non-negative integer, but was: \"one\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "null", "1", "{\"foo\":\"bar\"}", "\"string\""})
    void aJsonataMapWhoseInputIsNotAnArrayFailsWithQueryEvaluationError(String input) throws Exception {
        // corpus scenarios/test_base_scenarios.test_map_state_items_input_types.{boolean,null,number,object,string}
        ExecutionResult r = run("""
                {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map",
                  "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
                input, null);
        assertThat(r.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(r.cause()).isEqualTo("An error occurred while executing the state 'M' (entered at the event id"
                + " #2). Map state input must be an array but was: " + input);
    }

    @Test
    void anInlineMapAcceptsAndRunsWithToleratedFailureFields() throws Exception {
        // corpus evaluate_jsonata/test_base_evaluate_expressions.test_base_map_from_input.TOLERATED_FAILURE_COUNT
        ExecutionResult r = run("""
                {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":[1],
                  "ToleratedFailureCount":"{% $states.input.n %}","ToleratedFailurePercentage":5,
                  "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{\"n\":1}", null);
        assertThat(r.output()).isEqualTo(json("[1]"));
    }
}
