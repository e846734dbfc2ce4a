package dev.sfntest.engine.expr.intrinsic;

import static dev.sfntest.engine.expr.intrinsic.Intrinsics.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IntrinsicParserTest {

    private static void assertRefused(String text, String messagePart) {
        assertThatIllegalArgumentException().isThrownBy(() -> IntrinsicExpression.compile(text))
                .withMessageContaining(messagePart);
    }

    @Test
    void registersAllEighteenFunctions() {
        assertThat(IntrinsicFunctions.count()).isEqualTo(18);
    }

    @Test
    void looksLikeIntrinsicOnlyForStatesPrefix() {
        assertThat(IntrinsicExpression.looksLikeIntrinsic("States.UUID()")).isTrue();
        assertThat(IntrinsicExpression.looksLikeIntrinsic("$.States")).isFalse();
    }

    @Test
    void keepsTheTextAsWritten() {
        assertThat(IntrinsicExpression.compile("States.Array( 1 ,2 )").text()).isEqualTo("States.Array( 1 ,2 )");
    }

    @Test
    void refusesUnknownFunctions() {
        assertRefused("States.Concat('a', 'b')", "unknown intrinsic function 'States.Concat'");
    }

    @Test
    void refusesTheWrongNumberOfArguments() {
        assertRefused("States.UUID(1)", "States.UUID takes exactly 0 arguments, but got 1");
        assertRefused("States.ArrayRange(1, 2)", "States.ArrayRange takes exactly 3 arguments, but got 2");
        assertRefused("States.MathRandom(1)", "States.MathRandom takes 2 to 3 arguments, but got 1");
        assertRefused("States.Format()", "States.Format takes at least 1 argument, but got 0");
    }

    @Test
    void refusesALiteralTemplateWhosePlaceholdersDoNotMatchTheValues() {
        assertRefused("States.Format('{} and {}', $.a)", "has 2 {} placeholders but 1 values follow it");
        assertRefused("States.Format(5)", "the template (argument 1) must be a string");
    }

    @Test
    void refusesALiteralUnsupportedHashAlgorithm() {
        assertRefused("States.Hash('x', 'SHA-999')", "'SHA-999' is not supported");
    }

    @Test
    void refusesMalformedCalls() {
        assertRefused("States.Format('a'", "expected ',' or ')'");
        assertRefused("States.Format('a)", "not closed");
        assertRefused("States.Array(1) x", "unexpected text after the call");
        assertRefused("States.Array(1,)", "expected an argument");
        assertRefused("States.Array(foo)", "expected an argument");
        assertRefused("States.Array(1 2)", "expected ',' or ')'");
        assertRefused("States.Array(1.2.3)", "is not a number");
    }

    @Test
    void refusesABackslashThatEscapesNothingReserved() {
        assertRefused("States.Format('a\\nb')", "a backslash may only escape");
    }

    @Test
    void acceptsUnescapedBracesThatAreNotAPlaceholder() {
        // corpus test_json_manipulation.test_json_merge_escaped_argument
        assertThat(Intrinsics.evalJson("States.JsonMerge(States.StringToJson('{\"constant_in_literal\": \"false\"}'), "
                + "$.f, false)", "{\"f\":{\"constant_input_field\":\"constant_value\"}}"))
                .isEqualTo("{\"constant_in_literal\":\"false\",\"constant_input_field\":\"constant_value\"}");
    }

    @Test
    void keepsRealNewlinesInStringLiterals() {
        // corpus test_generic.test_escape_sequence: the JSON "\n" is a real newline inside the quotes
        assertThat(Intrinsics.evalJson("States.StringSplit('Hello\nWorld', '\n')", "null")).isEqualTo("[\"Hello\",\"World\"]");
    }

    @Test
    void readsPathsWithBracketsCommasAndFilters() {
        assertThat(Intrinsics.evalJson("States.Array($['a,b'], $.c[?(@.x == 1)].y)",
                "{\"a,b\":1,\"c\":[{\"x\":1,\"y\":\"hit\"},{\"x\":2,\"y\":\"miss\"}]}"))
                .isEqualTo("[1,[\"hit\"]]");
    }

    @Test
    void allowsTenNestedCallsButNotEleven() {
        String ten = "States.Array(".repeat(10) + ")".repeat(10);
        assertThat(eval(ten, "{}").toString()).isEqualTo("[".repeat(10) + "]".repeat(10));
        assertRefused("States.Array(".repeat(11) + ")".repeat(11), "nested more than 10 deep");
    }

    @Test
    void parsesNumbersAsIntegersOrDecimalsAsWritten() {
        assertThat(Intrinsics.evalJson("States.Array(-0, 7, -12, 1.0, 2.50, 1e3, 9999999999)", "{}"))
                .isEqualTo("[0,7,-12,1.0,2.50,1E+3,9999999999]");
    }
}
