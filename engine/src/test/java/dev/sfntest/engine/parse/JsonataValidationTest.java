package dev.sfntest.engine.parse;

import static dev.sfntest.engine.parse.DefinitionParserTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Load-time checks of JSONata states: only their own fields, and every expression parses. */
class JsonataValidationTest {
    private static final String BAD = "\"{% $x + %}\"";
    private static final String PROCESSOR = "\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final String DISTRIBUTED = "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\"},"
            + "\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}}";

    private static String machine(String state) {
        return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S\",\"States\":{\"S\":{" + state + "}"
                + (state.contains("\"Next\":\"N\"") ? ",\"N\":{\"Type\":\"Succeed\"}" : "") + "}}";
    }

    /** A JSONata expression that does not parse, in each JSONata field: the pointer names that field. */
    static Stream<Arguments> badExpressions() {
        String task = "\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",";
        return Stream.of(
                Arguments.of("\"Type\":\"Pass\",\"Output\":{\"a\":[1," + BAD + "]},\"End\":true", "/States/S/Output/a/1"),
                Arguments.of("\"Type\":\"Pass\",\"Assign\":{\"v\":" + BAD + "},\"End\":true", "/States/S/Assign/v"),
                Arguments.of(task + "\"Arguments\":{\"p\":" + BAD + "},\"End\":true", "/States/S/Arguments/p"),
                Arguments.of(task + "\"TimeoutSeconds\":" + BAD + ",\"End\":true", "/States/S/TimeoutSeconds"),
                Arguments.of(task + "\"HeartbeatSeconds\":" + BAD + ",\"End\":true", "/States/S/HeartbeatSeconds"),
                Arguments.of(task + "\"Credentials\":{\"RoleArn\":" + BAD + "},\"End\":true", "/States/S/Credentials/RoleArn"),
                Arguments.of(task + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Output\":" + BAD + ",\"Next\":\"N\"}],\"End\":true",
                        "/States/S/Catch/0/Output"),
                Arguments.of(task + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Assign\":{\"e\":" + BAD + "},\"Next\":\"N\"}],"
                        + "\"End\":true", "/States/S/Catch/0/Assign/e"),
                Arguments.of("\"Type\":\"Wait\",\"Seconds\":" + BAD + ",\"End\":true", "/States/S/Seconds"),
                Arguments.of("\"Type\":\"Wait\",\"Timestamp\":" + BAD + ",\"End\":true", "/States/S/Timestamp"),
                Arguments.of("\"Type\":\"Choice\",\"Choices\":[{\"Condition\":" + BAD + ",\"Next\":\"N\"}]", "/States/S/Choices/0/Condition"),
                Arguments.of("\"Type\":\"Choice\",\"Choices\":[{\"Condition\":true,\"Output\":" + BAD + ",\"Next\":\"N\"}]",
                        "/States/S/Choices/0/Output"),
                Arguments.of("\"Type\":\"Choice\",\"Choices\":[{\"Condition\":true,\"Assign\":{\"v\":" + BAD + "},\"Next\":\"N\"}]",
                        "/States/S/Choices/0/Assign/v"),
                Arguments.of("\"Type\":\"Fail\",\"Error\":" + BAD, "/States/S/Error"),
                Arguments.of("\"Type\":\"Fail\",\"Cause\":" + BAD, "/States/S/Cause"),
                Arguments.of("\"Type\":\"Succeed\",\"Output\":" + BAD, "/States/S/Output"),
                Arguments.of("\"Type\":\"Parallel\",\"Arguments\":" + BAD + ",\"Branches\":[{\"StartAt\":\"B\",\"States\":{\"B\":"
                        + "{\"Type\":\"Pass\",\"End\":true}}}],\"End\":true", "/States/S/Arguments"),
                Arguments.of("\"Type\":\"Map\",\"Items\":" + BAD + "," + PROCESSOR + ",\"End\":true", "/States/S/Items"),
                Arguments.of("\"Type\":\"Map\",\"ItemSelector\":{\"k\":" + BAD + "}," + PROCESSOR + ",\"End\":true",
                        "/States/S/ItemSelector/k"),
                Arguments.of("\"Type\":\"Map\",\"MaxConcurrency\":" + BAD + "," + PROCESSOR + ",\"End\":true", "/States/S/MaxConcurrency"),
                Arguments.of("\"Type\":\"Map\",\"ToleratedFailurePercentage\":" + BAD + "," + DISTRIBUTED + ",\"End\":true",
                        "/States/S/ToleratedFailurePercentage"),
                Arguments.of("\"Type\":\"Map\",\"ToleratedFailureCount\":" + BAD + "," + DISTRIBUTED + ",\"End\":true",
                        "/States/S/ToleratedFailureCount"),
                Arguments.of("\"Type\":\"Map\",\"ItemBatcher\":{\"MaxItemsPerBatch\":" + BAD + "}," + DISTRIBUTED + ",\"End\":true",
                        "/States/S/ItemBatcher/MaxItemsPerBatch"),
                Arguments.of("\"Type\":\"Map\",\"ItemBatcher\":{\"MaxItemsPerBatch\":2,\"BatchInput\":{\"b\":" + BAD + "}},"
                        + DISTRIBUTED + ",\"End\":true", "/States/S/ItemBatcher/BatchInput/b"),
                Arguments.of("\"Type\":\"Map\",\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"Arguments\":"
                        + "{\"Bucket\":" + BAD + ",\"Key\":\"k\"}}," + DISTRIBUTED + ",\"End\":true", "/States/S/ItemReader/Arguments/Bucket"),
                Arguments.of("\"Type\":\"Map\",\"Items\":[1],\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\",\"Arguments\":"
                        + "{\"Bucket\":" + BAD + ",\"Prefix\":\"p\"}}," + DISTRIBUTED + ",\"End\":true", "/States/S/ResultWriter/Arguments/Bucket"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badExpressions")
    void aJsonataParseErrorIsReportedAtTheFieldsPointer(String state, String pointer) {
        List<Diagnostic> d = problems(machine(state));
        assertThat(d).as(d.toString()).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("INVALID_JSONATA");
            assertThat(x.pointer()).isEqualTo(pointer);
            assertThat(x.message()).contains("$x +");
        });
    }

    @Test
    void everyInvalidExpressionOfAFieldIsReported() {
        List<Diagnostic> d = problems(machine("\"Type\":\"Pass\",\"Output\":{\"a\":" + BAD + ",\"b\":\"{% ( %}\"},\"End\":true"));
        assertThat(d).extracting(Diagnostic::pointer).containsExactlyInAnyOrder("/States/S/Output/a", "/States/S/Output/b");
    }

    /** The JSONPath-only fields of each state type, refused in a JSONata state. */
    static Stream<Arguments> jsonPathOnlyFields() {
        String task = "\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true";
        String parallel = "\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}],"
                + "\"End\":true";
        String map = "\"Type\":\"Map\"," + PROCESSOR + ",\"End\":true";
        String distributed = "\"Type\":\"Map\"," + DISTRIBUTED + ",\"End\":true";
        return Stream.of(
                Arguments.of("\"Type\":\"Pass\",\"End\":true", List.of("InputPath", "OutputPath", "Parameters", "ResultPath", "Result")),
                Arguments.of(task, List.of("InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath",
                        "TimeoutSecondsPath", "HeartbeatSecondsPath")),
                Arguments.of("\"Type\":\"Choice\",\"Choices\":[{\"Condition\":true,\"Next\":\"N\"}]", List.of("InputPath", "OutputPath")),
                Arguments.of("\"Type\":\"Wait\",\"Seconds\":1,\"End\":true", List.of("InputPath", "OutputPath", "SecondsPath",
                        "TimestampPath")),
                Arguments.of("\"Type\":\"Succeed\"", List.of("InputPath", "OutputPath")),
                Arguments.of("\"Type\":\"Fail\"", List.of("ErrorPath", "CausePath")),
                Arguments.of(parallel, List.of("InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath")),
                Arguments.of(map, List.of("InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "ItemsPath",
                        "MaxConcurrencyPath")),
                Arguments.of(distributed, List.of("ToleratedFailurePercentagePath", "ToleratedFailureCountPath")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonPathOnlyFields")
    void jsonPathOnlyFieldsAreRefusedInJsonataStates(String state, List<String> fields) {
        for (String field : fields) {
            List<Diagnostic> d = problems(machine(state + ",\"" + field + "\":\"$.x\""));
            assertThat(d).as(field + " " + d).anySatisfy(x -> {
                assertThat(x.code()).isEqualTo("UNSUPPORTED_FIELD");
                assertThat(x.pointer()).isEqualTo("/States/S/" + field);
                assertThat(x.message()).startsWith("Field '" + field + "' is not supported");
            });
        }
    }

    @Test
    void jsonPathOnlyFieldsInsideMapPartsAreRefusedToo() {
        String reader = "\"Type\":\"Map\"," + DISTRIBUTED + ",\"End\":true,\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\","
                + "\"Parameters\":{\"Bucket\":\"b\",\"Key\":\"k\"}}";
        assertThat(problems(machine(reader))).extracting(Diagnostic::pointer).contains("/States/S/ItemReader/Parameters");
        String batcher = "\"Type\":\"Map\"," + DISTRIBUTED + ",\"End\":true,\"ItemBatcher\":{\"MaxItemsPerBatchPath\":\"$.n\"}";
        assertThat(problems(machine(batcher))).extracting(Diagnostic::pointer).contains("/States/S/ItemBatcher/MaxItemsPerBatchPath");
        String catcher = "\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true,"
                + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.e\",\"Next\":\"N\"}]";
        assertThat(problems(machine(catcher))).extracting(Diagnostic::pointer).contains("/States/S/Catch/0/ResultPath");
        String rule = "\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"N\"}]";
        assertThat(problems(machine(rule))).extracting(Diagnostic::pointer).contains("/States/S/Choices/0/Variable");
    }

    @Test
    void jsonataFieldsAreRefusedInJsonPathStates() {
        for (String field : List.of("Arguments", "Output")) {
            String def = "{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Pass\",\"" + field + "\":{},\"End\":true}}}";
            assertThat(problems(def)).extracting(Diagnostic::pointer).contains("/States/S/" + field);
        }
    }
}
