package dev.sfntest.engine.expr.intrinsic;

import static dev.sfntest.engine.expr.intrinsic.Intrinsics.eval;
import static dev.sfntest.engine.expr.intrinsic.Intrinsics.evalJson;
import static dev.sfntest.engine.expr.intrinsic.Intrinsics.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import org.junit.jupiter.api.Test;

class IntrinsicFunctionsTest {

    private static void assertIntrinsicFailure(String expression, String input, String causePart) {
        StatesException e = failure(expression, input);
        assertThat(e).as(expression).isNotNull();
        assertThat(e.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
        assertThat(e.stateScoped()).isTrue();
        assertThat(e.cause()).startsWith("The function '" + expression + "' had the following error: ")
                .contains(causePart);
    }

    @Test
    void formatRendersArraysAndNestedValuesJavaStyle() {
        assertThat(eval("States.Format('{} {} {}', $.a, $.b, $.c)", """
                {"a":[1,"x",null],"b":true,"c":{"k":{"n":[]}}}""").textValue())
                .isEqualTo("[1, x, null] true {k={n=[]}}");
    }

    @Test
    void formatKeepsEscapedBracesAndQuotes() {
        assertThat(eval("States.Format('\\{\\} it\\'s {} \\\\', $.a)", "{\"a\":1}").textValue())
                .isEqualTo("{} it's 1 \\");
    }

    @Test
    void formatReadsTheTemplateFromAPath() {
        assertThat(eval("States.Format($.t, $.n)", "{\"t\":\"Hello, my name is {}.\",\"n\":\"Arnav\"}").textValue())
                .isEqualTo("Hello, my name is Arnav.");
    }

    @Test
    void formatFailsWhenAPathTemplateHasTheWrongNumberOfPlaceholders() {
        assertIntrinsicFailure("States.Format($.t, 1)", "{\"t\":\"{} {}\"}", "2 {} placeholders but 1 values");
        assertIntrinsicFailure("States.Format($.t)", "{\"t\":5}", "argument 1 (template) must be a string");
    }

    @Test
    void stringToJsonFailsOnTextThatIsNotJson() {
        assertIntrinsicFailure("States.StringToJson($.s)", "{\"s\":\"{nope\"}", "not valid JSON");
        assertIntrinsicFailure("States.StringToJson($.s)", "{\"s\":\"1 2\"}", "not valid JSON");
        assertIntrinsicFailure("States.StringToJson($.s)", "{\"s\":1}", "must be a string, but was a number 1");
    }

    @Test
    void jsonToStringWritesCompactJson() {
        assertThat(eval("States.JsonToString($.o)", "{\"o\":{\"a\": [1, 2.5], \"b\": \"x\"}}").textValue())
                .isEqualTo("{\"a\":[1,2.5],\"b\":\"x\"}");
    }

    @Test
    void arrayCollectsLiteralsPathsAndCallsInOrder() {
        assertThat(evalJson("States.Array(1, -2.5, 'a', true, null, $.x, States.Array())", "{\"x\":{\"y\":1}}"))
                .isEqualTo("[1,-2.5,\"a\",true,null,{\"y\":1},[]]");
    }

    @Test
    void arrayPartitionRefusesANonPositiveOrFractionalChunkSize() {
        assertIntrinsicFailure("States.ArrayPartition($.a, 0)", "{\"a\":[1]}", "must be a positive integer");
        assertIntrinsicFailure("States.ArrayPartition($.a, 1.5)", "{\"a\":[1]}", "must be an integer");
        assertIntrinsicFailure("States.ArrayPartition($.a, 1)", "{\"a\":\"x\"}", "argument 1 (array) must be an array");
    }

    @Test
    void arrayContainsComparesDeeplyAndByValue() {
        String input = "{\"a\":[1,[1,2],{\"k\":[true]},null]}";
        assertThat(eval("States.ArrayContains($.a, 1.0)", input).booleanValue()).isTrue();
        assertThat(eval("States.ArrayContains($.a, States.Array(1, 2))", input).booleanValue()).isTrue();
        assertThat(eval("States.ArrayContains($.a, $.a[2])", input).booleanValue()).isTrue();
        assertThat(eval("States.ArrayContains($.a, null)", input).booleanValue()).isTrue();
        assertThat(eval("States.ArrayContains($.a, 2)", input).booleanValue()).isFalse();
        assertThat(eval("States.ArrayContains($.a, '1')", input).booleanValue()).isFalse();
        assertIntrinsicFailure("States.ArrayContains($.a, 1)", "{\"a\":{}}", "must be an array");
    }

    @Test
    void arrayRangeCountsDownWithANegativeStepAndIsEmptyWhenStepPointsAway() {
        assertThat(evalJson("States.ArrayRange(9, 1, -4)", "{}")).isEqualTo("[9,5,1]");
        assertThat(evalJson("States.ArrayRange(5, 1, 1)", "{}")).isEqualTo("[]");
    }

    @Test
    void arrayRangeAllowsAThousandItemsAndNoMore() {
        assertThat(eval("States.ArrayRange(1, 1000, 1)", "{}").size()).isEqualTo(1000);
        assertIntrinsicFailure("States.ArrayRange(1, 1001, 1)", "{}", "1001 items; at most 1000");
    }

    @Test
    void arrayRangeRefusesAZeroStepAndNonIntegers() {
        assertIntrinsicFailure("States.ArrayRange(1, 5, 0)", "{}", "argument 3 (step) must not be 0");
        assertIntrinsicFailure("States.ArrayRange(1.5, 5, 1)", "{}", "argument 1 (first) must be an integer");
        assertIntrinsicFailure("States.ArrayRange(1, '5', 1)", "{}", "argument 2 (last) must be an integer");
    }

    @Test
    void arrayGetItemRefusesNegativeAndOutOfRangeIndexes() {
        assertIntrinsicFailure("States.ArrayGetItem($.a, -1)", "{\"a\":[1]}", "must not be negative");
        assertIntrinsicFailure("States.ArrayGetItem($.a, 1)", "{\"a\":[1]}", "index 1 is out of bounds");
        assertIntrinsicFailure("States.ArrayGetItem($.a, 'x')", "{\"a\":[1]}", "must be an integer");
    }

    @Test
    void arrayLengthNeedsAnArray() {
        assertThat(eval("States.ArrayLength($.a)", "{\"a\":[]}").intValue()).isZero();
        assertIntrinsicFailure("States.ArrayLength($.a)", "{\"a\":\"abc\"}", "must be an array, but was a string \"abc\"");
    }

    @Test
    void arrayUniqueKeepsFirstOccurrencesAndComparesByValue() {
        assertThat(evalJson("States.ArrayUnique($.a)", """
                {"a":[1,2,2,1.0,"1",{"x":1,"y":2},{"y":2,"x":1},[null],[null],null,null]}"""))
                .isEqualTo("[1,2,\"1\",{\"x\":1,\"y\":2},[null],null]");
        assertIntrinsicFailure("States.ArrayUnique($.a)", "{\"a\":null}", "must be an array, but was null");
    }

    @Test
    void base64EncodesUtf8AndRoundTrips() {
        assertThat(eval("States.Base64Encode('Data to encode')", "{}").textValue()).isEqualTo("RGF0YSB0byBlbmNvZGU=");
        assertThat(eval("States.Base64Decode(States.Base64Encode('héllo €'))", "{}").textValue()).isEqualTo("héllo €");
    }

    @Test
    void base64FunctionsRefuseMoreThanTenThousandCharacters() {
        String input = "{\"s\":\"" + "a".repeat(10_001) + "\"}";
        assertThat(eval("States.Base64Encode($.s)", "{\"s\":\"" + "a".repeat(10_000) + "\"}").textValue()).isNotEmpty();
        assertIntrinsicFailure("States.Base64Encode($.s)", input, "at most 10000 characters");
        assertIntrinsicFailure("States.Base64Decode($.s)", input, "at most 10000 characters");
    }

    @Test
    void base64DecodeRefusesInvalidDataAndNonStrings() {
        assertIntrinsicFailure("States.Base64Decode('not base64!')", "{}", "not valid Base64");
        assertIntrinsicFailure("States.Base64Encode($.n)", "{\"n\":1}", "must be a string");
    }

    @Test
    void hashGivesLowerCaseHexForEachSupportedAlgorithm() {
        assertThat(eval("States.Hash('input data', 'MD5')", "{}").textValue())
                .isEqualTo("812f45842bc6d66ee14572ce20db8e86");
        assertThat(eval("States.Hash('abc', 'SHA-1')", "{}").textValue())
                .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(eval("States.Hash('abc', 'SHA-256')", "{}").textValue())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(eval("States.Hash('abc', 'SHA-384')", "{}").textValue()).hasSize(96);
        assertThat(eval("States.Hash('abc', 'SHA-512')", "{}").textValue()).hasSize(128);
    }

    @Test
    void hashRefusesAnUnknownAlgorithmFromAPathAndNonStringData() {
        assertIntrinsicFailure("States.Hash('x', $.alg)", "{\"alg\":\"sha256\"}", "'sha256' is not supported");
        assertIntrinsicFailure("States.Hash($.d, 'MD5')", "{\"d\":{\"a\":1}}", "argument 1 (data) must be a string");
    }

    @Test
    void jsonMergeRefusesDeepMergeAndNonObjects() {
        assertIntrinsicFailure("States.JsonMerge($.a, $.a, true)", "{\"a\":{}}", "must be false");
        assertIntrinsicFailure("States.JsonMerge($.a, [], false)".replace("[]", "$.b"), "{\"a\":{},\"b\":[]}",
                "argument 2 (second object) must be a JSON object");
        assertIntrinsicFailure("States.JsonMerge($.a, $.a, 'false')", "{\"a\":{}}", "must be a boolean");
    }

    @Test
    void jsonMergeLeavesItsInputsUntouched() {
        EvaluationContext ctx = EvaluationContext.of(Intrinsics.json("{\"a\":{\"x\":1},\"b\":{\"y\":2}}"),
                RandomSource.seeded(1));
        IntrinsicExpression.compile("States.JsonMerge($.a, $.b, false)").evaluate(ctx);
        assertThat(Json.write(ctx.input())).isEqualTo("{\"a\":{\"x\":1},\"b\":{\"y\":2}}");
    }

    @Test
    void mathRandomStaysInsideStartInclusiveEndExclusive() {
        IntrinsicExpression random = IntrinsicExpression.compile("States.MathRandom(1, 3)");
        EvaluationContext ctx = EvaluationContext.of(Intrinsics.json("{}"), RandomSource.seeded(3));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) seen.add(random.evaluate(ctx).intValue());
        assertThat(seen).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void mathRandomWithASeedAlwaysGivesTheSameNumber() {
        int seeded = new java.util.Random(42).nextInt(1000);
        assertThat(eval("States.MathRandom(0, 1000, 42)", "{}").intValue()).isEqualTo(seeded);
        assertThat(evalJson("States.MathRandom(0, 1000, 42)", "{}"))
                .isEqualTo(Intrinsics.evalJson("States.MathRandom(0, 1000, 42)", "{\"other\":1}"));
    }

    @Test
    void mathRandomIsRepeatableThroughTheExecutionsSeededSource() {
        assertThat(evalJson("States.MathRandom(-99999, -9999)", "{}"))
                .isEqualTo(evalJson("States.MathRandom(-99999, -9999)", "{}"));
    }

    @Test
    void mathRandomRefusesAnEmptyRangeAndNonNumbers() {
        assertIntrinsicFailure("States.MathRandom(5, 5)", "{}", "must be greater than");
        assertIntrinsicFailure("States.MathRandom('1', 5)", "{}", "argument 1 (start) must be a number");
        assertIntrinsicFailure("States.MathRandom(1, 5, 1.5)", "{}", "argument 3 (seed) must be an integer");
    }

    @Test
    void mathAddGivesAnIntegerAndRefusesValuesOutsideTheIntRange() {
        assertThat(evalJson("States.MathAdd(2147483647, 1)", "{}")).isEqualTo("2147483648");
        assertThat(evalJson("States.MathAdd($.a, -1)", "{\"a\":2.0}")).isEqualTo("1");
        assertIntrinsicFailure("States.MathAdd(2147483648, 1)", "{}", "must be between -2147483648 and 2147483647");
        assertIntrinsicFailure("States.MathAdd($.a, 1)", "{\"a\":\"1\"}", "argument 1 (first number) must be a number");
    }

    @Test
    void stringSplitRefusesNonStrings() {
        assertIntrinsicFailure("States.StringSplit($.a, ',')", "{\"a\":[\"a,b\"]}", "argument 1 (string) must be a string");
        assertIntrinsicFailure("States.StringSplit('a', 1)", "{}", "argument 2 (delimiters) must be a string");
    }

    @Test
    void uuidComesFromTheSeededSourceAsAVersion4Uuid() {
        String first = eval("States.UUID()", "{}").textValue();
        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(eval("States.UUID()", "{}").textValue()).isEqualTo(first);
    }

    @Test
    void nestedCallsWorkAsInTheAwsGuideExample() {
        // corpus test_generic.test_nested_calls_2, with a state machine name of our own
        EvaluationContext ctx = new EvaluationContext(Intrinsics.json("{}"),
                () -> Intrinsics.json("{\"StateMachine\":{\"Name\":\"my-state-machine-abc\"}}"),
                dev.sfntest.engine.expr.Variables.NONE, null, null, RandomSource.seeded(1));
        assertThat(IntrinsicExpression.compile("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), "
                + "States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))")
                .evaluate(ctx).textValue()).isEqualTo("abc");
    }

    @Test
    void variablesCanBeArguments() {
        EvaluationContext ctx = new EvaluationContext(Intrinsics.json("{}"), () -> null,
                name -> name.equals("name") ? Json.NODES.textNode("John") : null, null, null, RandomSource.seeded(1));
        assertThat(IntrinsicExpression.compile("States.Format('Hello {}', $name)").evaluate(ctx).textValue())
                .isEqualTo("Hello John");
    }

    @Test
    void aPathThatFindsNothingIsAStatesRuntimeErrorNamingPathAndCall() {
        StatesException e = failure("States.Format('{}', $.missing)", "{\"a\":1}");
        assertThat(e.error()).isEqualTo(StatesErrors.RUNTIME);
        assertThat(e.cause()).isEqualTo("The JSONPath '$.missing' specified in the intrinsic function "
                + "'States.Format('{}', $.missing)' could not be found in the input '{\"a\":1}'");
    }

    @Test
    void aFailureInANestedCallNamesTheNestedCall() {
        StatesException e = failure("States.Array(States.ArrayGetItem($.a, 3))", "{\"a\":[]}");
        assertThat(e.cause()).startsWith("The function 'States.ArrayGetItem($.a, 3)' had the following error: ");
    }
}
