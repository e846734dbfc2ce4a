package dev.sfntest.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfn-test init} sets up a project that runs at once, and never destroys what is there. */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderBecomesAProjectWhoseStarterSuitePasses() throws IOException {
        CliRun init = CliRun.of("init", "-C", dir.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("wrote sfn-test.config.yaml with 1 state machine: example")
                .contains("wrote sfn-test/mocks/example.mock.yaml").contains("wrote sfn-test/test-suites/example.test.yaml");
        assertThat(dir.resolve("sfn-test/test-data")).isDirectory();
        assertThat(Files.readString(dir.resolve(".gitignore"))).contains(".sfn-test/");
        CliRun run = CliRun.of("run", "-C", dir.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 passed, 0 failed");
    }

    @Test
    void registersTheAslFilesItFindsAndRecordsWhatEachDoes() throws IOException {
        write("workflows/order.asl.json", """
                {"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                 "Parameters":{"FunctionName":"charge","Payload.$":"$"},"Next":"Fail"},
                 "Fail":{"Type":"Fail","Error":"Declined"}}}""");
        write("workflows/nested/a/b/too-deep.asl.json", "{}");
        write("node_modules/pkg/dependency.asl.json", "{}");

        CliRun init = CliRun.of("init", "-C", dir.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        String config = Files.readString(dir.resolve("sfn-test.config.yaml"));
        assertThat(config).contains("- name: order\n    source: { type: asl, path: ./workflows/order.asl.json }")
                .doesNotContain("too-deep").doesNotContain("dependency");
        assertThat(Files.readString(dir.resolve("sfn-test/mocks/order.mock.yaml")))
                .contains("- state: \"Charge\"\n    type: fixed\n    response: { Payload: {}, StatusCode: 200 }");
        assertThat(Files.readString(dir.resolve("sfn-test/test-suites/order.test.yaml")))
                .contains("expectedPath: [\"Charge\",\"Fail\"]").contains("expectedError: \"Declined\"");
        assertThat(CliRun.of("run", "-C", dir.toString()).exitCode()).isZero();
    }

    @Test
    void findsTheStateMachinesOfACdkApp() throws IOException {
        write("cdk.json", "{\"app\":\"npx ts-node bin/app.ts\"}");
        write("cdk.out/OrderStack.template.json", """
                {"Resources":{
                  "OrderProcessingStateMachine3A1B2C4D":{"Type":"AWS::StepFunctions::StateMachine","Properties":{}},
                  "HandlerFn12345678":{"Type":"AWS::Lambda::Function","Properties":{}}}}""");

        CliRun init = CliRun.of("init", "-C", dir.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.readString(dir.resolve("sfn-test.config.yaml"))).contains("- name: order-processing\n"
                + "    source: { type: cdk, path: ./cdk.out/OrderStack.template.json, "
                + "stateMachineName: OrderProcessingStateMachine3A1B2C4D }");
    }

    @Test
    void aCdkAppGetsStarterFilesFromItsTemplatesThatPass() throws IOException {
        write("cdk.json", "{}");
        Files.createDirectories(dir.resolve("cdk.out"));
        Files.copy(CliRun.repoRoot().resolve("cdk/OrderStack.template.json"), dir.resolve("cdk.out/OrderStack.template.json"));

        CliRun init = CliRun.of("init", "-C", dir.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("2 state machines: order-machine, refund-machine")
                .contains("wrote sfn-test/test-suites/order-machine.test.yaml");
        CliRun run = CliRun.of("run", "-C", dir.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("2 passed, 0 failed");
    }

    @Test
    void aTemplateThatCannotBeReadIsSkippedWithANote() throws IOException {
        write("cdk.json", "{}");
        write("cdk.out/Broken.template.json", "{\"Resources\": ");
        write("cdk.out/Stack.template.json", """
                {"Resources":{"FlowStateMachineABCDEF12":{"Type":"AWS::StepFunctions::StateMachine","Properties":{}}}}""");

        CliRun init = CliRun.of("init", "-C", dir.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Broken.template.json").contains("Skipped.")
                .contains("wrote sfn-test.config.yaml with 1 state machine: flow");
    }

    @Test
    void aCdkAppWithoutSynthesisedTemplatesIsToldToSynthFirst() throws IOException {
        write("cdk.json", "{}");

        CliRun init = CliRun.of("init", "-C", dir.toString());

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("run 'cdk synth' first");
    }

    @Test
    void keepsAnExistingConfigUnlessToldAndNeverReplacesMocksOrSuites() throws IOException {
        assertThat(CliRun.of("init", "-C", dir.toString()).exitCode()).isZero();
        Path mock = dir.resolve("sfn-test/mocks/example.mock.yaml");
        Files.writeString(mock, "version: \"1.0\"\nmocks: []\n# mine\n");

        CliRun again = CliRun.of("init", "-C", dir.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists; pass --yes to replace it");

        CliRun forced = CliRun.of("init", "-C", dir.toString(), "--yes");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(mock)).endsWith("# mine\n");
        assertThat(Files.readString(dir.resolve(".gitignore"))).containsOnlyOnce(".sfn-test/");
    }

    @Test
    void appendsToAGitIgnoreThatLacksAFinalNewline() throws IOException {
        write(".gitignore", "node_modules");

        CliRun.of("init", "-C", dir.toString());

        assertThat(Files.readString(dir.resolve(".gitignore")))
                .isEqualTo("node_modules\n# sfn-test work folder\n.sfn-test/\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
