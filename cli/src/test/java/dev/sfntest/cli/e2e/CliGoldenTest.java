package dev.sfntest.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end tests as data: every folder under {@code src/test/resources/e2e/} holds a small project (ASL, suite,
 * mocks, data) and {@code args} (the command line, one argument per line); {@code expected.txt} is the golden
 * exit code, stdout and stderr. Placeholders in {@code args}: {@code {case}} the fixture folder, {@code {tmp}} a
 * fresh empty folder outside any project, {@code {root}} the repository root (the example workspace), {@code {empty}}
 * an empty argument. The same
 * placeholders replace those paths in the output, and durations become {@code N ms}. Each fixture runs from a
 * copy in a temporary folder, so the repository's own {@code sfn-test.config.yaml} is not its parent's config.
 *
 * <p>Refresh the goldens after an intended change with {@code -Dsfn.e2e.refresh=true} (or
 * {@code SFN_E2E_REFRESH=1}) and review the diff.
 */
class CliGoldenTest {
    private static final boolean REFRESH = Boolean.getBoolean("sfn.e2e.refresh")
            || "1".equals(System.getenv("SFN_E2E_REFRESH"));

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsGoldenOutput() throws IOException {
        Path fixtures = CliRun.moduleDir().resolve("src/test/resources/e2e");
        List<Path> cases;
        try (Stream<Path> s = Files.list(fixtures)) {
            cases = s.filter(d -> Files.isRegularFile(d.resolve("args"))).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path fixture) throws IOException {
        Path dir = copy(fixture, Files.createTempDirectory("sfn-e2e-case").resolve(fixture.getFileName()));
        Path tmp = Files.createTempDirectory("sfn-e2e");
        Path root = CliRun.repoRoot();
        List<String> args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.replace("{case}", dir.toString()).replace("{tmp}", tmp.toString())
                        .replace("{root}", root.toString()).replace("{empty}", ""))
                .toList();
        CliRun run = CliRun.of(args);
        String actual = "exit " + run.exitCode() + "\n--- stdout\n" + normalize(run.out(), dir, tmp, root)
                + "--- stderr\n" + normalize(run.err(), dir, tmp, root);

        // Invariants of every run, golden or not.
        assertThat(run.out() + run.err()).as("no terminal escape codes when not on a terminal")
                .doesNotContain("\u001b[");
        if (!args.contains("--verbose")) {
            assertThat(run.err()).as("no stack trace without --verbose").doesNotContainPattern("\\n\\s+at [a-z]");
        }
        if (run.exitCode() == 2) {
            assertThat(run.err()).as("bad input is explained on stderr").isNotBlank();
        }

        Path golden = fixture.resolve("expected.txt");
        if (REFRESH || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!REFRESH) throw new AssertionError("wrote the missing golden " + golden + "; review it and rerun");
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().equals("expected.txt")) continue;
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    static String normalize(String text, Path dir, Path tmp, Path root) throws IOException {
        return text.replace("\r\n", "\n")
                .replace(dir.toString(), "{case}")
                .replace(tmp.toRealPath().toString(), "{tmp}")
                .replace(tmp.toString(), "{tmp}")
                .replace(root.toString(), "{root}")
                .replaceAll("\\b\\d+ ms\\b", "N ms")
                .replaceAll("\"durationMs\" : \\d+", "\"durationMs\" : N");
    }
}
