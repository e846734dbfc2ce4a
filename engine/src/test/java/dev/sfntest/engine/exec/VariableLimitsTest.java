package dev.sfntest.engine.exec;

import static dev.sfntest.engine.exec.InterpreterTest.json;
import static dev.sfntest.engine.exec.InterpreterTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.ExecutionResult;
import org.junit.jupiter.api.Test;

/** AWS's "Variable size limits": 256 KiB per variable and per Assign, else States.DataLimitExceeded. */
class VariableLimitsTest {
    private static String assigning(String assign) {
        return """
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":%s,"Output":{},"Next":"B"},
                  "B":{"Type":"Pass","Output":"{%% $count($keys($states.input)) %%}","End":true}}}""".formatted(assign);
    }

    /** An input whose string {@code s} doubled is 262,142 characters: with its quotes, exactly 256 KiB of JSON. */
    private static final String INPUT = "{\"s\":\"" + "x".repeat(131_071) + "\"}";

    @Test
    void aVariableOfExactlyTheLimitIsAssigned() throws Exception {
        ExecutionResult r = run(assigning("{\"v\":\"{% $states.input.s & $states.input.s %}\"}"), INPUT, null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
    }

    @Test
    void aSingleVariableOverTheLimitFailsWithDataLimitExceeded() throws Exception {
        ExecutionResult r = run(assigning("{\"v\":\"{% $states.input.s & $states.input.s & 'x' %}\"}"), INPUT,
                null);
        assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(r.cause()).contains("'A'").contains("'v'");
        assertThat(r.visits()).hasSize(1);
        assertThat(r.visits().get(0).assignedVariables()).isNull();
    }

    @Test
    void assignmentsOfOneStateTogetherOverTheLimitFail() throws Exception {
        ExecutionResult r = run(assigning("{\"a\":\"{% $states.input.s %}\",\"b\":\"{% $states.input.s & 'x' %}\"}"),
                INPUT, null);
        assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(r.cause()).contains("'A'").contains("combined size");
    }

    @Test
    void largeVariablesAssignedByDifferentStatesAreFine() throws Exception {
        ExecutionResult r = run("""
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"a":"{% $states.input.s %}"},"Next":"B"},
                  "B":{"Type":"Pass","Assign":{"b":"{% $states.input.s & 'x' %}"},"Output":{},"Next":"C"},
                  "C":{"Type":"Pass","Output":"{% $length($a) + $length($b) %}","End":true}}}""", INPUT, null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(r.output()).isEqualTo(json("262143"));
    }
}
