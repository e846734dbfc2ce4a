package dev.sfntest.engine.exec;

import static dev.sfntest.engine.exec.InterpreterTest.json;
import static dev.sfntest.engine.exec.InterpreterTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.spi.TaskOutcome;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every JSONata field of every state type is evaluated at run time, with its value (positive tests) and with AWS's
 * field name in the cause when it fails (table). See "Transforming data with JSONata in Step Functions".
 */
class JsonataFieldsTest {
    private static final String TASK = "\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\"";
    private static final String INLINE = "\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final String DISTRIBUTED = "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
            + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}}";

    private static String machine(String state) {
        // Only the targets the state names, as AWS refuses unreachable states.
        return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S\",\"States\":{\"S\":{" + state + "}"
                + (state.contains("\"Next\":\"H\"") ? ",\"H\":{\"Type\":\"Pass\",\"End\":true}" : "")
                + (state.contains("\"N\"") ? ",\"N\":{\"Type\":\"Succeed\"}" : "") + "}}";
    }

    /** One row per JSONata field: the state, with {@code $nope} (never assigned) in that field, and AWS's field name. */
    static Stream<Arguments> fields() {
        String nope = "\"{% $nope %}\"";
        return Stream.of(
                Arguments.of("Pass Output", "\"Type\":\"Pass\",\"Output\":" + nope + ",\"End\":true", "Output"),
                Arguments.of("Pass Assign", "\"Type\":\"Pass\",\"Assign\":{\"a\":" + nope + "},\"End\":true", "Assign/a"),
                Arguments.of("Task Arguments", TASK + ",\"Arguments\":{\"p\":" + nope + "},\"End\":true", "Arguments/p"),
                Arguments.of("Task Output", TASK + ",\"Output\":" + nope + ",\"End\":true", "Output"),
                Arguments.of("Task TimeoutSeconds", TASK + ",\"TimeoutSeconds\":" + nope + ",\"End\":true", "TimeoutSeconds"),
                Arguments.of("Task HeartbeatSeconds", TASK + ",\"TimeoutSeconds\":60,\"HeartbeatSeconds\":" + nope + ",\"End\":true",
                        "HeartbeatSeconds"),
                Arguments.of("Wait Seconds", "\"Type\":\"Wait\",\"Seconds\":" + nope + ",\"End\":true", "Seconds"),
                Arguments.of("Wait Timestamp", "\"Type\":\"Wait\",\"Timestamp\":" + nope + ",\"End\":true", "Timestamp"),
                Arguments.of("Choice Condition", "\"Type\":\"Choice\",\"Choices\":[{\"Condition\":" + nope + ",\"Next\":\"N\"}],"
                        + "\"Default\":\"N\"", "Condition"),
                Arguments.of("Choice rule Output", "\"Type\":\"Choice\",\"Choices\":[{\"Condition\":true,\"Output\":" + nope
                        + ",\"Next\":\"N\"}]", "Choices[0]/Output"),
                Arguments.of("Choice rule Assign", "\"Type\":\"Choice\",\"Choices\":[{\"Condition\":true,\"Assign\":{\"a\":" + nope
                        + "},\"Next\":\"N\"}]", "Choices[0]/Assign/a"),
                Arguments.of("Fail Error", "\"Type\":\"Fail\",\"Error\":" + nope, "Error"),
                Arguments.of("Fail Cause", "\"Type\":\"Fail\",\"Cause\":" + nope, "Cause"),
                Arguments.of("Parallel Arguments", "\"Type\":\"Parallel\",\"Arguments\":" + nope + ",\"Branches\":[{\"StartAt\":\"B\","
                        + "\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}],\"End\":true", "Arguments"),
                Arguments.of("Map Items", "\"Type\":\"Map\",\"Items\":" + nope + "," + INLINE + ",\"End\":true", "Items"),
                Arguments.of("Map ItemSelector", "\"Type\":\"Map\",\"Items\":[1],\"ItemSelector\":" + nope + "," + INLINE
                        + ",\"End\":true", "ItemSelector"),
                Arguments.of("Map MaxConcurrency", "\"Type\":\"Map\",\"Items\":[1],\"MaxConcurrency\":" + nope + "," + INLINE
                        + ",\"End\":true", "MaxConcurrency"),
                Arguments.of("Map Output", "\"Type\":\"Map\",\"Items\":[1],\"Output\":" + nope + "," + INLINE + ",\"End\":true", "Output"),
                Arguments.of("Distributed Map ToleratedFailurePercentage", "\"Type\":\"Map\",\"Items\":[1],"
                        + "\"ToleratedFailurePercentage\":" + nope + "," + DISTRIBUTED + ",\"End\":true", "ToleratedFailurePercentage"),
                Arguments.of("Distributed Map ToleratedFailureCount", "\"Type\":\"Map\",\"Items\":[1],"
                        + "\"ToleratedFailureCount\":" + nope + "," + DISTRIBUTED + ",\"End\":true", "ToleratedFailureCount"),
                Arguments.of("Catch Output", TASK + ",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Output\":" + nope
                        + ",\"Next\":\"H\"}],\"End\":true", "Catch[0]/Output"),
                Arguments.of("Catch Assign", TASK + ",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Assign\":{\"a\":" + nope
                        + "},\"Next\":\"H\"}],\"End\":true", "Catch[0]/Assign/a"));
    }

    @Test
    void nowAndMillisFollowTheVirtualClockThroughAWait() throws Exception {
        String machine = """
                {"QueryLanguage":"JSONata","StartAt":"Mark","States":{
                  "Mark":{"Type":"Pass","Assign":{"t0":"{% $millis() %}","entered":"{% $now() %}"},"Next":"Sleep"},
                  "Sleep":{"Type":"Wait","Seconds":86400,"Next":"Read"},
                  "Read":{"Type":"Pass","Output":{"elapsedMs":"{% $millis() - $t0 %}",
                      "markedAtStart":"{% $entered = $states.context.Execution.StartTime %}",
                      "nowIsEnteredTime":"{% $now() = $states.context.State.EnteredTime %}"},"End":true}}}""";
        ExecutionResult r = run(machine, "{}", inv -> TaskOutcome.success(json("{}")));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"elapsedMs\":86400000,\"markedAtStart\":true,\"nowIsEnteredTime\":true}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void eachJsonataFieldIsEvaluatedAndNamedInTheCause(String name, String state, String field) throws Exception {
        ExecutionResult r = run(machine(state), "{}", inv -> name.startsWith("Catch")
                ? TaskOutcome.failure("Boom", "b") : TaskOutcome.success(json("{}")));
        assertThat(r.succeeded()).as(name).isFalse();
        assertThat(r.error()).as(name).isEqualTo("States.QueryEvaluationError");
        assertThat(r.cause()).as(name).contains("'$nope' specified for the field '" + field + "' returned nothing (undefined)");
    }

    @Test
    void waitSecondsFromAnExpressionWaitsOnTheVirtualClock() throws Exception {
        ExecutionResult r = run(machine("\"Type\":\"Wait\",\"Seconds\":\"{% $states.input.s * 2 %}\",\"End\":true"),
                "{\"s\":3600}", null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(Duration.between(r.startTime(), r.stopTime())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void waitTimestampFromAnExpressionWaitsUntilThatInstant() throws Exception {
        ExecutionResult r = run(machine("\"Type\":\"Wait\",\"Timestamp\":\"{% '2024-01-01T00:10:00Z' %}\",\"End\":true"),
                "{}", null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(Duration.between(r.startTime(), r.stopTime())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void timeoutSecondsFromAnExpressionTimesTheTaskOut() throws Exception {
        ExecutionResult r = run(machine(TASK + ",\"Assign\":{},\"TimeoutSeconds\":\"{% $states.input.t %}\",\"End\":true"),
                "{\"t\":5}", inv -> new TaskOutcome.Success(json("{}"), 10_000));
        assertThat(r.error()).isEqualTo("States.Timeout");
    }

    @Test
    void maxConcurrencyFromAnExpressionShapesTheTimeline() throws Exception {
        String state = "\"Type\":\"Map\",\"Items\":[1,2,3],\"MaxConcurrency\":\"{% $states.input.c %}\","
                + "\"ItemProcessor\":{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":10,\"End\":true}}},\"End\":true";
        ExecutionResult one = run(machine(state), "{\"c\":1}", null);
        ExecutionResult all = run(machine(state), "{\"c\":0}", null);
        assertThat(Duration.between(one.startTime(), one.stopTime())).isEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.between(all.startTime(), all.stopTime())).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void itemsAndItemSelectorFromExpressionsBuildEachIteration() throws Exception {
        ExecutionResult r = run(machine("\"Type\":\"Map\",\"Items\":\"{% $states.input.xs %}\","
                + "\"ItemSelector\":{\"v\":\"{% $states.context.Map.Item.Value * 10 %}\",\"i\":\"{% $states.context.Map.Item.Index %}\"},"
                + INLINE + ",\"End\":true"), "{\"xs\":[1,2]}", null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(r.output()).isEqualTo(json("[{\"v\":10,\"i\":0},{\"v\":20,\"i\":1}]"));
    }

    @Test
    void toleratedFailurePercentageFromAnExpressionToleratesFailedItems() throws Exception {
        String state = "\"Type\":\"Map\",\"Items\":[1,2],\"ToleratedFailurePercentage\":\"{% $states.input.p %}\","
                + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
                + "\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}},\"End\":true";
        assertThat(run(machine(state), "{\"p\":100}", null).succeeded()).isTrue();
        assertThat(run(machine(state), "{\"p\":0}", null).error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void failErrorAndCauseFromExpressions() throws Exception {
        ExecutionResult r = run(machine("\"Type\":\"Fail\",\"Error\":\"{% 'E.' & $states.input.k %}\","
                + "\"Cause\":\"{% $string($states.input.n + 1) %}\""), "{\"k\":\"Bad\",\"n\":41}", null);
        assertThat(r.error()).isEqualTo("E.Bad");
        assertThat(r.cause()).isEqualTo("42");
    }

    @Test
    void choiceConditionPicksTheRuleWhoseOutputAndAssignApply() throws Exception {
        ExecutionResult r = run("""
                {"QueryLanguage":"JSONata","StartAt":"C","States":{
                  "C":{"Type":"Choice","Choices":[
                     {"Condition":"{% $states.input.n > 5 %}","Output":{"big":"{% $states.input.n %}"},
                      "Assign":{"seen":"big"},"Next":"E"},
                     {"Condition":"{% $states.input.n <= 5 %}","Output":{"small":true},"Assign":{"seen":"small"},"Next":"E"}],
                   "Default":"E"},
                  "E":{"Type":"Pass","Output":{"in":"{% $states.input %}","seen":"{% $seen %}"},"End":true}}}""",
                "{\"n\":7}", null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"in\":{\"big\":7},\"seen\":\"big\"}"));
    }

    @Test
    void catchOutputAndAssignReadTheErrorOutput() throws Exception {
        ExecutionResult r = run("""
                {"QueryLanguage":"JSONata","StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                    "Catch":[{"ErrorEquals":["States.ALL"],"Output":{"e":"{% $states.errorOutput.Error %}"},
                      "Assign":{"why":"{% $states.errorOutput.Cause %}"},"Next":"H"}],"End":true},
                  "H":{"Type":"Pass","Output":{"out":"{% $states.input %}","why":"{% $why %}"},"End":true}}}""",
                "{}", inv -> TaskOutcome.failure("Boom", "because"));
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"out\":{\"e\":\"Boom\"},\"why\":\"because\"}"));
    }

    @Test
    void assignAndOutputOfOneStateBothSeeTheVariablesFromBeforeIt() throws Exception {
        // AWS: "all assignments of a state are evaluated with the variable values from before the state" — the
        // swap works, and Output reads the old values too (recorded: assign BASE_EVALUATION_ORDER_PASS_STATE).
        ExecutionResult r = run("""
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"x":1,"y":2},"Next":"B"},
                  "B":{"Type":"Pass","Assign":{"x":"{% $y %}","y":"{% $x %}"},"Output":{"x":"{% $x %}","y":"{% $y %}"},
                    "Next":"C"},
                  "C":{"Type":"Pass","Output":{"before":"{% $states.input %}","x":"{% $x %}","y":"{% $y %}"},"End":true}}}""",
                "{}", null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"before\":{\"x\":1,\"y\":2},\"x\":2,\"y\":1}"));
    }

    @Test
    void jsonPathAssignAlsoSeesTheVariablesFromBeforeTheState() throws Exception {
        ExecutionResult r = run("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"x":1,"y":2},"Next":"B"},
                  "B":{"Type":"Pass","Assign":{"x.$":"$y","y.$":"$x"},"Parameters":{"x.$":"$x"},"Next":"C"},
                  "C":{"Type":"Pass","Parameters":{"before.$":"$","x.$":"$x","y.$":"$y"},"End":true}}}""",
                "{}", null);
        assertThat(r.succeeded()).as(r.cause()).isTrue();
        assertThat(r.output()).isEqualTo(json("{\"before\":{\"x\":1},\"x\":2,\"y\":1}"));
    }

    @Test
    void distributedMapChildrenSeeNoneOfTheParentsVariables() throws Exception {
        ExecutionResult r = run(machine("\"Type\":\"Map\",\"Items\":[1],\"Assign\":{},\"ItemProcessor\":{\"ProcessorConfig\":"
                + "{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\","
                + "\"Output\":\"{% $outer %}\",\"End\":true}}},\"End\":true").replace("\"S\":{", "\"P\":{\"Type\":\"Pass\","
                + "\"Assign\":{\"outer\":1},\"Next\":\"S\"},\"S\":{").replace("\"StartAt\":\"S\"", "\"StartAt\":\"P\""), "{}", null);
        assertThat(r.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        var child = r.visits().get(1).runs().get(0);
        assertThat(child.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(child.cause()).contains("'$outer' specified for the field 'Output' returned nothing");
    }
}
