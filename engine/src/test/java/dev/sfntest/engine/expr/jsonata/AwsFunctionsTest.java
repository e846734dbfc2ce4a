package dev.sfntest.engine.expr.jsonata;

import static dev.sfntest.engine.expr.jsonata.JsonataExpressionTest.cause;
import static dev.sfntest.engine.expr.jsonata.JsonataExpressionTest.ctx;
import static dev.sfntest.engine.expr.jsonata.JsonataExpressionTest.eval;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import org.junit.jupiter.api.Test;

class AwsFunctionsTest {
    @Test
    void partitionChunksAnArrayWithAShorterLastChunk() {
        assertThat(eval("$partition([0,1,2,3], 3)", "{}")).isEqualTo("[[0,1,2],[3]]");
        assertThat(eval("$partition([0], 5)", "{}")).isEqualTo("[[0]]");
        assertThat(eval("$partition([0,1], 1)", "{}")).isEqualTo("[[0],[1]]");
        assertThat(cause("$partition([1], 0)", ctx("{}"), "Output")).contains("threw an error during evaluation.");
        // jsonata-js would say "Argument 2"; dashjoin's signature validation reports the index of the first
        // argument in this case (known divergence, see the report).
        assertThat(cause("$partition([1], 'a')", ctx("{}"), "Output"))
                .containsPattern("T0410: Argument \\d of function \"partition\" does not match function signature$");
    }

    @Test
    void rangeIncludesTheEndTruncatesTowardZeroAndHasNoThousandCap() {
        assertThat(eval("$range(0, 9, 3)", "{}")).isEqualTo("[0,3,6,9]");
        assertThat(eval("$range(0, 10, 3)", "{}")).isEqualTo("[0,3,6,9]");
        assertThat(eval("$range(1, 9, 9)", "{}")).isEqualTo("1");
        assertThat(eval("$range(1, 9, 2)", "{}")).isEqualTo("[1,3,5,7,9]");
        assertThat(eval("$range(9, 1, -2)", "{}")).isEqualTo("[9,7,5,3,1]");
        assertThat(eval("$range(-1.2, 2.8, 1.9)", "{}")).isEqualTo("[-1,0,1,2]");
        assertThat(eval("$count($range(1, 5000, 1))", "{}")).isEqualTo("5000");
        assertThat(eval("$range(3, 1, 1)", "{}")).isEqualTo("undefined");
        assertThat(eval("$range(0, 4, 0)", "{}")).isEqualTo("undefined");
    }

    @Test
    void hashSupportsTheFiveAwsAlgorithms() {
        assertThat(eval("$hash('hello', 'MD5')", "{}")).isEqualTo("\"5d41402abc4b2a76b9719d911017c592\"");
        assertThat(eval("$hash('hello', 'SHA-1')", "{}")).isEqualTo("\"aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d\"");
        assertThat(eval("$hash('hello', 'SHA-256')", "{}"))
                .isEqualTo("\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"");
        assertThat(eval("$length($hash('hello', 'SHA-384'))", "{}")).isEqualTo("96");
        assertThat(eval("$length($hash('hello', 'SHA-512'))", "{}")).isEqualTo("128");
        assertThat(cause("$hash('hello', 'SHA-3')", ctx("{}"), "Output")).contains("threw an error during evaluation.");
    }

    @Test
    void randomWithASeedIsJavaUtilRandom() {
        assertThat(eval("$random(42)", "{}")).isEqualTo("0.7275636800328681");
        double unseeded = RandomSource.seeded(7).nextDouble();
        assertThat(eval("$random()", "{}")).isEqualTo(Json.write(Json.NODES.numberNode(unseeded)));
    }

    @Test
    void uuidComesFromTheExecutionsRandomSource() {
        EvaluationContext c = ctx("{}");
        String expected = RandomSource.seeded(7).uuid().toString();
        assertThat(JsonataExpression.compile("$uuid()").evaluate(c).textValue()).isEqualTo(expected);
    }

    @Test
    void parseReadsJsonText() {
        assertThat(eval("$parse('-0')", "{}")).isEqualTo("0");
        assertThat(eval("$parse('1.1')", "{}")).isEqualTo("1.1");
        assertThat(eval("$parse($states.input.s)", "{\"s\":\"[1, 2, \\\"HelloWorld\\\"]\"}")).isEqualTo("[1,2,\"HelloWorld\"]");
        assertThat(eval("$parse('{\"Arg1\": 1, \"Arg2\": []}')", "{}")).isEqualTo("{\"Arg1\":1,\"Arg2\":[]}");
        assertThat(cause("$parse('{')", ctx("{}"), "Output")).contains("threw an error during evaluation.");
    }
}
