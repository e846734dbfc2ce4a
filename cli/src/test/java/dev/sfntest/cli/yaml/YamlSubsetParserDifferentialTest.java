package dev.sfntest.cli.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every YAML file we can find — the example workspace, the test resources and, when they sit beside the repo,
 * {@code ../shared/conformance} and {@code ../shared/bench} — read both ways: the fast path either gives up or
 * builds SnakeYAML's tree exactly. And the files that matter for speed do take the fast path.
 */
class YamlSubsetParserDifferentialTest {
    /** Example files that use what the subset leaves to SnakeYAML, on purpose. */
    private static final Map<String, String> OUTSIDE_THE_SUBSET = Map.of(
            "product-catalog.mock.yaml", "an anchor and an alias");

    @TestFactory
    Stream<DynamicTest> everyYamlFileReadsTheSameOnBothPaths() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : yamlFiles()) {
            tests.add(DynamicTest.dynamicTest(file.toString(), file.toUri(),
                    () -> BothReaders.readTheSame(file, Files.readString(file, StandardCharsets.UTF_8))));
        }
        return tests.stream();
    }

    @Test
    void theExampleWorkspacesSuitesMocksAndConfigTakeTheFastPath() throws IOException {
        Path root = repoRoot();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("sfn-test.config.yaml"));
        files.addAll(yamlFilesUnder(root.resolve("test-suites")));
        files.addAll(yamlFilesUnder(root.resolve("mocks")));
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            boolean read = BothReaders.readTheSame(file, Files.readString(file, StandardCharsets.UTF_8));
            assertThat(read).as("fast path reads %s", file)
                    .isEqualTo(!OUTSIDE_THE_SUBSET.containsKey(file.getFileName().toString()));
        }
    }

    @Test
    void aGeneratedThousandCaseSuiteTakesTheFastPath() {
        assertThat(BothReaders.readTheSame(Path.of("suite-1000.yaml"), GeneratedSuite.text(1000))).isTrue();
    }

    @Test
    void theConformanceCorpusTakesTheFastPathUnlessItHoldsNonBmpText() throws IOException {
        Path corpus = repoRoot().resolve("../shared/conformance").normalize();
        List<Path> files = Files.isDirectory(corpus) ? yamlFilesUnder(corpus) : List.of();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Emoji and other non-BMP text: SnakeYAML counts their columns in code points, left to it.
            boolean nonBmp = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
            assertThat(BothReaders.readTheSame(file, text)).as("fast path reads %s", file).isEqualTo(!nonBmp);
        }
    }

    private static List<Path> yamlFiles() throws IOException {
        Path root = repoRoot();
        List<Path> files = new ArrayList<>(yamlFilesUnder(root));
        for (String shared : List.of("../shared/conformance", "../shared/bench")) {
            Path dir = root.resolve(shared).normalize();
            if (Files.isDirectory(dir)) {
                files.addAll(yamlFilesUnder(dir));
            }
        }
        return files;
    }

    private static List<Path> yamlFilesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> {
                String name = p.getFileName().toString();
                String path = p.toString();
                return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p)
                        && !path.contains("/target/") && !path.contains("/.git/");
            }).sorted().toList();
        }
    }

    /** The folder holding the example workspace and the modules (tests run in cli/). */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("cli")) && Files.isDirectory(dir.resolve("engine")))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }
}
