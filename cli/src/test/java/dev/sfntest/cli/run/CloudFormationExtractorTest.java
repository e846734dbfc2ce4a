package dev.sfntest.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.cli.config.ConfigLoader;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFormationExtractorTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path root;
    private Path template;
    private ProjectConfig config;

    @BeforeEach
    void project() throws IOException {
        template = root.resolve("Stack.template.json");
        writeTemplate("First");
        Files.writeString(root.resolve(ConfigLoader.FILE_NAME), """
                version: "1.0"
                stateMachines:
                  - name: flow
                    source: { type: cdk, path: ./Stack.template.json, stateMachineName: Flow }
                executionContext: { region: eu-central-1, accountId: "999988887777" }
                """);
        config = ConfigLoader.load(root.resolve(ConfigLoader.FILE_NAME));
        age(root.resolve(ConfigLoader.FILE_NAME), 3600);
    }

    private void writeTemplate(String stateName) throws IOException {
        Files.writeString(template, """
                {"Resources": {"Fn": {"Type": "AWS::Lambda::Function"},
                  "FlowA1B2C3D4": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"DefinitionString":
                    {"Fn::Join": ["", ["{\\"StartAt\\":\\"%s\\",\\"States\\":{\\"%s\\":{\\"Type\\":\\"Task\\",\
                \\"Resource\\":\\"", {"Fn::GetAtt": ["Fn", "Arn"]}, "\\",\\"End\\":true}}}"]]}}}}}
                """.formatted(stateName, stateName));
    }

    /** Sets the file's modification time to {@code seconds} before NOW. */
    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(seconds)));
    }

    private Path extract() {
        StateMachineConfig sm = config.stateMachine("flow").orElseThrow();
        return CloudFormationExtractor.extract(sm, config);
    }

    @Test
    void writesThePrettyDefinitionUnderPathsExtractedWithTheConfigsRegionAndAccount() throws IOException {
        Path file = extract();

        assertThat(file).isEqualTo(root.resolve(".sfn-test/extracted/flow.asl.json"));
        assertThat(Files.readString(file)).contains("\"StartAt\" : \"First\"")
                .contains("\"Resource\" : \"arn:aws:lambda:eu-central-1:999988887777:function:Fn\"");
    }

    /** Extracts "First", the cache 30 s old, then rewrites the template to "Second", 60 s old (older still). */
    private void cacheThenRewriteTheTemplate() throws IOException {
        age(template, 60);
        age(extract(), 30);
        writeTemplate("Second");
        age(template, 60);
    }

    @Test
    void keepsTheCacheWhileTheTemplateIsNotNewer() throws IOException {
        cacheThenRewriteTheTemplate();

        assertThat(Files.readString(extract())).contains("\"StartAt\" : \"First\"");
    }

    @Test
    void extractsAgainWhenTheTemplateIsNewerThanTheCache() throws IOException {
        cacheThenRewriteTheTemplate();
        age(template, 10);

        assertThat(Files.readString(extract())).contains("\"StartAt\" : \"Second\"");
    }

    @Test
    void extractsAgainWhenTheConfigIsNewerThanTheCache() throws IOException {
        cacheThenRewriteTheTemplate();
        age(root.resolve(ConfigLoader.FILE_NAME), 10);

        assertThat(Files.readString(extract())).contains("\"StartAt\" : \"Second\"");
    }
}
