package dev.sfntest.engine.exec.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How compiled rules evaluate: the AWS rules the corpus does not record (errors, matching, timestamps, nesting). */
class ConditionTest {

    private static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean eval(String rule, String input) {
        return ChoiceRuleParser.parse(json(rule)).evaluate(EvaluationContext.of(json(input), RandomSource.seeded(1)));
    }

    private static boolean matches(String pattern, String text) {
        return eval("{\"Variable\": \"$.v\", \"StringMatches\": " + Json.write(Json.NODES.textNode(pattern)) + "}",
                Json.write(Json.NODES.objectNode().put("v", text)));
    }

    private static boolean timestamps(String operator, String left, String right) {
        return eval("{\"Variable\": \"$.a\", \"" + operator + "Path\": \"$.b\"}",
                "{\"a\": \"" + left + "\", \"b\": \"" + right + "\"}");
    }

    @Test
    void missingVariableFailsWithStatesRuntimeNamingThePath() {
        assertThatThrownBy(() -> eval("""
                {"Variable": "$.type", "StringEquals": "Private", "Next": "N"}""", "{\"value\": 22}"))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.stateScoped()).isTrue();
                    assertThat(e.cause()).isEqualTo("Invalid path '$.type': The choice state's condition path"
                            + " references an invalid value.");
                });
    }

    @Test
    void missingVariableFailsEvenForTypeTestsAndInsideNot() {
        assertThatThrownBy(() -> eval("""
                {"Variable": "$.x", "IsNull": false}""", "{}")).isInstanceOf(StatesException.class);
        assertThatThrownBy(() -> eval("""
                {"Not": {"Variable": "$.x", "IsString": true}}""", "{}")).isInstanceOf(StatesException.class);
    }

    @Test
    void missingOperandPathFailsWithStatesRuntimeNamingThatPath() {
        assertThatThrownBy(() -> eval("""
                {"Variable": "$.a", "NumericEqualsPath": "$.b"}""", "{\"a\": \"not a number\"}"))
                .isInstanceOfSatisfying(StatesException.class, e -> assertThat(e.cause())
                        .isEqualTo("Invalid path '$.b': The choice state's condition path references an invalid value."));
    }

    @Test
    void isPresentIsFalseForAMissingPathAndTrueForNull() {
        assertThat(eval("""
                {"Variable": "$.a.b", "IsPresent": true}""", "{\"a\": {}}")).isFalse();
        assertThat(eval("""
                {"Variable": "$.a.b", "IsPresent": false}""", "{\"a\": {}}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "IsPresent": true}""", "{\"a\": null}")).isTrue();
    }

    @Test
    void andStopsAtTheFirstFalseOperandSoAGuardedMissingPathIsNoError() {
        String guarded = """
                {"And": [{"Variable": "$.k", "IsPresent": true}, {"Variable": "$.k", "StringEquals": "foo"}]}""";
        assertThat(eval(guarded, "{}")).isFalse();
        assertThat(eval(guarded, "{\"k\": \"foo\"}")).isTrue();
    }

    @Test
    void orStopsAtTheFirstTrueOperand() {
        String rule = """
                {"Or": [{"Variable": "$.a", "NumericEquals": 1}, {"Variable": "$.missing", "IsNull": true}]}""";
        assertThat(eval(rule, "{\"a\": 1}")).isTrue();
        assertThatThrownBy(() -> eval(rule, "{\"a\": 2}")).isInstanceOf(StatesException.class);
    }

    @Test
    void awsGuideExampleRoutesByNotAndAnd() {
        String notPrivate = """
                {"Not": {"Variable": "$.type", "StringEquals": "Private"}}""";
        String twenties = """
                {"And": [{"Variable": "$.value", "NumericGreaterThanEquals": 20},
                         {"Variable": "$.value", "NumericLessThan": 30}]}""";
        assertThat(eval(notPrivate, "{\"type\": \"Private\", \"value\": 22}")).isFalse();
        assertThat(eval(twenties, "{\"type\": \"Private\", \"value\": 22}")).isTrue();
        assertThat(eval(twenties, "{\"value\": 30.0}")).isFalse();
    }

    @Test
    void numbersCompareByValueExactlyAcrossIntegerAndDecimalForms() {
        assertThat(eval("""
                {"Variable": "$.a", "NumericEquals": 1.0}""", "{\"a\": 1}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "NumericLessThan": 1e3}""", "{\"a\": 999.999}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "NumericGreaterThan": 9223372036854775807}""",
                "{\"a\": 9223372036854775808}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "NumericEquals": 0}""", "{\"a\": \"0\"}")).isFalse();
    }

    @Test
    void stringsCompareByJavaCompareToWithoutFolding() {
        assertThat(eval("""
                {"Variable": "$.a", "StringLessThan": "a"}""", "{\"a\": \"B\"}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "StringEquals": "abc"}""", "{\"a\": \"ABC\"}")).isFalse();
        assertThat(eval("""
                {"Variable": "$.a", "StringEquals": "1"}""", "{\"a\": 1}")).isFalse();
    }

    @Test
    void booleanEqualsIsStrict() {
        assertThat(eval("""
                {"Variable": "$.a", "BooleanEquals": true}""", "{\"a\": true}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "BooleanEquals": true}""", "{\"a\": \"true\"}")).isFalse();
        assertThat(eval("""
                {"Variable": "$.a", "BooleanEquals": false}""", "{\"a\": 0}")).isFalse();
    }

    @Test
    void stringMatchesTreatsOnlyStarAsWildcard() {
        assertThat(matches("foo*.log", "foo23.log")).isTrue();
        assertThat(matches("*.log", "zebra.log")).isTrue();
        assertThat(matches("foo*.*", "foobar.zebra")).isTrue();
        assertThat(matches("log-*.txt", "log-.txt")).isTrue();
        assertThat(matches("*", "")).isTrue();
        assertThat(matches("a*b*a", "aba")).isTrue();
        assertThat(matches("a*b*a", "ab")).isFalse();
        assertThat(matches("a?c", "abc")).isFalse();
        assertThat(matches("a.c", "abc")).isFalse();
        assertThat(matches("[ab]", "a")).isFalse();
        assertThat(matches("abc", "abcd")).isFalse();
    }

    @Test
    void stringMatchesHonoursEscapedStarAndBackslash() {
        assertThat(matches("a\\*b", "a*b")).isTrue();
        assertThat(matches("a\\*b", "axb")).isFalse();
        assertThat(matches("C:\\\\*", "C:\\temp")).isTrue();
        assertThat(matches("\\\\*\\*", "\\x*")).isTrue();
    }

    @Test
    void stringMatchesIsFalseForNonStrings() {
        assertThat(eval("""
                {"Variable": "$.a", "StringMatches": "*"}""", "{\"a\": 1}")).isFalse();
    }

    @Test
    void timestampsCompareAsInstantsAcrossOffsetsAndFractions() {
        assertThat(timestamps("TimestampEquals", "2012-10-09T20:00:55+01:00", "2012-10-09T19:00:55Z")).isTrue();
        assertThat(timestamps("TimestampEquals", "2012-10-09T19:00:55.000Z", "2012-10-09T19:00:55Z")).isTrue();
        assertThat(timestamps("TimestampLessThan", "2012-10-09T19:00:55.1Z", "2012-10-09T19:00:55.10001Z")).isTrue();
        assertThat(timestamps("TimestampGreaterThan", "2012-10-09T18:30:00-01:00", "2012-10-09T19:00:55Z")).isTrue();
    }

    @Test
    void stringsThatAreNotTimestampsNeverCompareAsTimestamps() {
        for (String notTimestamp : new String[] {
                "2012-10-09T19:00:55", "2023-02-24", "2012-10-09t19:00:55Z", "2012-10-09T19:00:55z",
                "2012-10-09 19:00:55Z", "2012-02-30T19:00:55Z", "2012-10-09T24:00:00Z", "2012-10-09T19:00:55+0100",
                "2012-10-09T19:00Z", "2012-10-09T19:00:55.Z", "hello"}) {
            assertThat(timestamps("TimestampEquals", notTimestamp, notTimestamp)).as(notTimestamp).isFalse();
            assertThat(eval("{\"Variable\": \"$.a\", \"IsTimestamp\": true}", "{\"a\": \"" + notTimestamp + "\"}"))
                    .as(notTimestamp).isFalse();
        }
        assertThat(eval("{\"Variable\": \"$.a\", \"IsTimestamp\": true}", "{\"a\": \"2016-02-29T23:59:59.999999999-05:30\"}"))
                .isTrue();
    }

    @Test
    void isOperatorsTestTheJsonType() {
        assertThat(eval("""
                {"Variable": "$.a", "IsNull": true}""", "{\"a\": null}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "IsNumeric": true}""", "{\"a\": 1.5}")).isTrue();
        assertThat(eval("""
                {"Variable": "$.a", "IsNumeric": true}""", "{\"a\": \"1.5\"}")).isFalse();
        assertThat(eval("""
                {"Variable": "$.a", "IsNull": false}""", "{\"a\": {}}")).isTrue();
    }

    @Test
    void variablesAndContextObjectAreReadable() {
        JsonNode input = json("{}");
        Map<String, JsonNode> variables = Map.of("guess", json("\"the_answer\""), "answer", json("\"the_answer\""));
        EvaluationContext ctx = new EvaluationContext(input, () -> json("{\"Execution\": {\"Input\": {\"n\": 0}}}"),
                variables::get, null, null, RandomSource.seeded(1));
        assertThat(ChoiceRuleParser.parse(json("""
                {"Variable": "$guess", "StringEqualsPath": "$answer"}""")).evaluate(ctx)).isTrue();
        assertThat(ChoiceRuleParser.parse(json("""
                {"Variable": "$$.Execution.Input.n", "NumericLessThanEquals": 0}""")).evaluate(ctx)).isTrue();
    }
}
