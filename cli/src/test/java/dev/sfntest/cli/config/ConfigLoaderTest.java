package dev.sfntest.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Located;
import dev.sfntest.cli.yaml.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path root;

    private void writeConfig(String yaml) throws IOException {
        Files.writeString(root.resolve(ConfigLoader.FILE_NAME), yaml);
    }

    @Test
    void findsTheConfigInTheSuitesFolderOrAParentAndResolvesPathsAgainstIt() throws IOException {
        writeConfig("""
                version: "1.0"
                paths: { mocks: ./m }
                stateMachines:
                  - name: order-flow
                    source: { type: asl, path: ./sm/order.asl.json }
                  - name: batch
                    source: { type: cdk, path: ./cdk.out/T.json, stateMachineName: BatchMachine }
                executionContext: { accountId: 123456789012 }
                """);
        Path suites = Files.createDirectories(root.resolve("a/b"));
        ProjectConfig config = ConfigLoader.loadNearest(suites, Path.of("/"));
        assertThat(config.paths().mocks()).isEqualTo(root.resolve("m"));
        assertThat(config.paths().testData()).isEqualTo(root.resolve("sfn-test/test-data"));
        assertThat(config.executionContext().accountId()).contains("123456789012");
        StateMachineConfig sm = config.resolveStateMachine(new Located<>("order-flow", Location.of(root)), suites);
        assertThat(sm.source()).isEqualTo(new StateMachineSource(SourceType.ASL, root.resolve("sm/order.asl.json"),
                Optional.empty()));
    }

    @Test
    void resolvesAMockByNameUnderPathsMocksElseAsAPath() throws IOException {
        writeConfig("version: \"1.0\"\nstateMachines: []\n");
        Files.createDirectories(root.resolve("sfn-test/mocks"));
        Files.writeString(root.resolve("sfn-test/mocks/order-flow.mock.yaml"), "");
        Files.writeString(root.resolve("local.yaml"), "");
        ProjectConfig config = ConfigLoader.load(root.resolve(ConfigLoader.FILE_NAME));
        assertThat(config.resolveMock(new Located<>("order-flow", Location.of(root)), root))
                .isEqualTo(root.resolve("sfn-test/mocks/order-flow.mock.yaml"));
        assertThat(config.resolveMock(new Located<>("./local.yaml", Location.of(root)), root))
                .isEqualTo(root.resolve("local.yaml"));
        assertThat(config.defaultMock("order-flow")).isPresent();
    }

    @Test
    void anUnknownStateMachineNamesTheConfiguredNamesAndThePlacesSearched() throws IOException {
        writeConfig("""
                version: "1.0"
                stateMachines:
                  - { name: order-flow, source: { type: asl, path: ./o.json } }
                """);
        ProjectConfig config = ConfigLoader.load(root.resolve(ConfigLoader.FILE_NAME));
        InputException e = (InputException) catchThrowable(() -> config.resolveStateMachine(
                new Located<>("order-flw", new Location(Path.of("s.yaml"), 4, 15)), root));
        assertThat(e.getMessage()).isEqualTo("s.yaml:4:15: state machine 'order-flw' is neither a name in "
                + root.resolve(ConfigLoader.FILE_NAME) + " (order-flow) nor a file; looked for "
                + root.resolve("order-flw") + "; did you mean 'order-flow'?");
    }

    @Test
    void reportsEveryProblemOfTheConfigAtOnce() throws IOException {
        writeConfig("""
                version: "2.0"
                stateMachines:
                  - { name: a, source: { type: cdk, path: ./t.json } }
                  - { name: a, source: { type: asl, path: ./a.json } }
                  - { name: b, source: { type: sam, path: ./b.json } }
                pahts: {}
                """);
        InputException e = (InputException) catchThrowable(() -> ConfigLoader.load(root.resolve(
                ConfigLoader.FILE_NAME)));
        assertThat(e.getMessage().replace(root + "/", "")).isEqualTo("""
                sfn-test.config.yaml:6:1: unknown key 'pahts' at the top level; did you mean 'paths'?
                sfn-test.config.yaml:1:10: version must be "1.0", not '2.0'
                sfn-test.config.yaml:3:24: a cdk source needs 'stateMachineName' (the logical id of the state \
                machine in the template) in stateMachines[0].source
                sfn-test.config.yaml:4:13: state machine name 'a' is used twice in stateMachines
                sfn-test.config.yaml:5:32: stateMachines[2].source.type must be one of asl, cdk, not 'sam'"""
                .replace("\\\n", ""));
    }

    @Test
    void withoutAConfigFilePlainDataFileNamesLookInTestDataThenTheNamingFolder() {
        ProjectConfig none = ProjectConfig.none(root);
        assertThat(none.dataFileCandidates("items.csv", root.resolve("x")))
                .containsExactly(root.resolve("sfn-test/test-data/items.csv"), root.resolve("x/items.csv"));
        assertThat(none.dataFileCandidates("./items.csv", root.resolve("x")).get(0))
                .isEqualTo(root.resolve("x/items.csv"));
    }
}
