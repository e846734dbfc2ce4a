package dev.sfntest.engine.exec.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import org.junit.jupiter.api.Test;

/** Malformed rules are refused when the definition is loaded, with a message that names the field. */
class ChoiceRuleParserTest {

    private static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Condition parse(String rule) {
        return ChoiceRuleParser.parse(json(rule));
    }

    @Test
    void acceptsEveryOperatorOfTheSpecificationWithOperandsOfTheRightType() {
        String[] rules = {
            """
            {"Variable": "$.a", "StringEquals": "x", "Next": "N"}""",
            """
            {"Variable": "$.a", "StringLessThanEqualsPath": "$.b", "Next": "N"}""",
            """
            {"Variable": "$.a", "StringMatches": "log-*.txt", "Next": "N"}""",
            """
            {"Variable": "$.a", "NumericGreaterThan": 1.5, "Next": "N"}""",
            """
            {"Variable": "$.a", "NumericEqualsPath": "$$.Execution.Input.b", "Next": "N"}""",
            """
            {"Variable": "$.a", "BooleanEquals": false, "Next": "N"}""",
            """
            {"Variable": "$x.y", "BooleanEqualsPath": "$z", "Next": "N"}""",
            """
            {"Variable": "$.a", "TimestampLessThan": "2016-03-14T01:59:00.123+01:00", "Next": "N"}""",
            """
            {"Variable": "$.a", "TimestampGreaterThanEqualsPath": "$.b", "Next": "N"}""",
            """
            {"Variable": "$.a", "IsNull": true, "Comment": "why", "Next": "N", "Assign": {"v": 1}}""",
            """
            {"Or": [{"Variable": "$.a", "IsPresent": false}, {"Not": {"Variable": "$.a", "IsTimestamp": true,
              "Comment": "nested comment"}}], "Next": "N"}""",
        };
        for (String rule : rules) {
            assertThat(parse(rule)).as(rule).isNotNull();
        }
    }

    @Test
    void refusesAnUnknownOperatorAndSuggestsTheClosestOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "NumericEqual": 1, "Next": "N"}"""))
                .withMessage("unknown field 'NumericEqual'; did you mean 'NumericEquals'?");
    }

    @Test
    void refusesTwoOperatorsInOneRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "NumericEquals": 1, "IsPresent": true, "Next": "N"}"""))
                .withMessageStartingWith("more than one operator: NumericEquals, IsPresent");
    }

    @Test
    void refusesARuleWithoutOperator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "Next": "N"}"""))
                .withMessageStartingWith("no comparison operator");
    }

    @Test
    void refusesADataTestWithoutVariable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"And": [{"Variable": "$.a", "IsNull": true}, {"StringEquals": "x"}], "Next": "N"}"""))
                .withMessage("And[1]: field 'Variable' is missing (required with 'StringEquals')");
    }

    @Test
    void refusesAVariableThatIsNotAString() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": 3, "IsNull": true, "Next": "N"}"""))
                .withMessageContaining("field 'Variable' must be a path string");
    }

    @Test
    void refusesAVariableThatIsNotAPath() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "a.b", "IsNull": true, "Next": "N"}"""))
                .withMessageStartingWith("field 'Variable': 'a.b' is not a valid JSONPath");
    }

    @Test
    void refusesAnInvalidOperandPath() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "NumericEqualsPath": "b", "Next": "N"}"""))
                .withMessageStartingWith("field 'NumericEqualsPath': 'b' is not a valid JSONPath");
    }

    @Test
    void refusesOperandsOfTheWrongType() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "NumericEquals": "1", "Next": "N"}"""))
                .withMessage("field 'NumericEquals' must be a number, got string \"1\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "StringEquals": 1, "Next": "N"}"""))
                .withMessage("field 'StringEquals' must be a string, got number 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "BooleanEquals": "true", "Next": "N"}"""))
                .withMessage("field 'BooleanEquals' must be a boolean, got string \"true\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "IsString": "yes", "Next": "N"}"""))
                .withMessage("field 'IsString' must be true or false, got string \"yes\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "StringMatches": null, "Next": "N"}"""))
                .withMessage("field 'StringMatches' must be a string, got null");
    }

    @Test
    void refusesALiteralTimestampThatIsNotRfc3339() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "TimestampEquals": "2016-03-14 01:59:00Z", "Next": "N"}"""))
                .withMessageStartingWith("field 'TimestampEquals' must be an RFC 3339 timestamp");
    }

    @Test
    void refusesAnOpenEscapeInAStringMatchesPattern() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "StringMatches": "abc\\\\", "Next": "N"}"""))
                .withMessageStartingWith("field 'StringMatches': open escape at index 3");
    }

    @Test
    void refusesNextOrAssignInsideANestedRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Not": {"Variable": "$.a", "IsNull": true, "Next": "M"}, "Next": "N"}"""))
                .withMessageStartingWith("Not: field 'Next' is only allowed in a top-level Choice rule");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Or": [{"Variable": "$.a", "IsNull": true, "Assign": {}}], "Next": "N"}"""))
                .withMessageStartingWith("Or[0]: field 'Assign' is only allowed in a top-level Choice rule");
    }

    @Test
    void refusesEmptyOrNonArrayAndOr() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"And": [], "Next": "N"}"""))
                .withMessage("field 'And' must be a non-empty array of Choice rules, got array []");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Or": {"Variable": "$.a", "IsNull": true}, "Next": "N"}"""))
                .withMessageStartingWith("field 'Or' must be a non-empty array of Choice rules, got object");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Not": [{"Variable": "$.a", "IsNull": true}], "Next": "N"}"""))
                .withMessageStartingWith("Not: a Choice rule must be a JSON object, got array");
    }

    @Test
    void refusesVariableBesideABooleanOperator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"Variable": "$.a", "Not": {"Variable": "$.a", "IsNull": true}, "Next": "N"}"""))
                .withMessage("field 'Variable' cannot be used with 'Not'");
    }

    @Test
    void locatesAnErrorDeepInsideNestedRules() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        {"And": [{"Variable": "$.a", "IsNull": true},
                                 {"Or": [{"Not": {"Variable": "$.b", "NumericLessThan": true}}]}], "Next": "N"}"""))
                .withMessageStartingWith("And[1].Or[0].Not: field 'NumericLessThan' must be a number");
    }
}
