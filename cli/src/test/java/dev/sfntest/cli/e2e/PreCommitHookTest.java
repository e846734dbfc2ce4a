package dev.sfntest.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The pre-commit hook definition at the repository root names a command that exists and the files it is for. */
class PreCommitHookTest {
    @Test
    void theHookRunsTheLauncherForTheFilesSfnTestReads() throws Exception {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(CliRun.repoRoot().resolve(".pre-commit-hooks.yaml")));

        assertThat(hooks).singleElement().satisfies(hook -> {
            assertThat(hook.get("id")).isEqualTo("sfn-test");
            assertThat(hook.get("language")).isEqualTo("script");
            assertThat(hook.get("pass_filenames")).isEqualTo(false);
            String entry = (String) hook.get("entry");
            assertThat(CliRun.repoRoot().resolve(entry.split(" ")[0])).isExecutable();
            assertThat(entry).startsWith("sfn-test run");
            // pre-commit matches with Python's re.search; this pattern reads the same in Java.
            Pattern files = Pattern.compile((String) hook.get("files"));
            assertThat(List.of("state-machines/order.asl.json", "cdk.out/Stack.template.json", "mocks/a.mock.yaml",
                    "test-suites/a.test.yml", "sfn-test.config.yaml", "test-data/products.json"))
                    .allMatch(f -> files.matcher(f).find());
            assertThat(List.of("README.md", "src/Main.java", "package.json")).noneMatch(f -> files.matcher(f).find());
        });
    }
}
