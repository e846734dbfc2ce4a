package dev.sfntest.cli.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sfntest.cli.command.SfnTestCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The AWS-recorded conformance corpus (../shared/conformance/corpus) as JUnit tests, through the same command
 * path as {@code sfn-test run --reporter junit}. A ratchet: every case must pass except those listed in
 * {@code conformance/known-divergences.txt}, and a listed case that starts passing fails the build until it is
 * removed from the list — so fidelity can only go up.
 */
class ConformanceTest {
    private static final Map<String, int[]> AREAS = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyRecordedCaseBehavesAsOnAws() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, "../shared/conformance/corpus not found; conformance not run");
        Map<String, String> known = KnownDivergences.read(repoRoot().resolve("conformance/known-divergences.txt"));
        List<Path> cases;
        try (Stream<Path> s = Files.walk(corpus)) {
            cases = s.filter(p -> p.getFileName().toString().equals("test-suite.yaml")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path suite : cases) {
            String id = corpus.relativize(suite.getParent()).toString();
            tests.add(DynamicTest.dynamicTest(id, suite.toUri(), () -> check(id, suite, known)));
        }
        return tests.stream();
    }

    private static void check(String id, Path suite, Map<String, String> known) throws IOException {
        Path report = Files.createTempFile("conformance", ".xml");
        StringWriter out = new StringWriter();
        int exit = SfnTestCommand.run(new PrintWriter(out), new PrintWriter(out), "run", "--suite", suite.toString(),
                "--reporter", "junit", "-o", report.toString());
        String xml = Files.readString(report, StandardCharsets.UTF_8);
        Files.deleteIfExists(report);
        boolean passed = exit == 0 && xml.contains("<testcase") && !xml.contains("<failure") && !xml.contains("<error");
        String area = id.substring(0, id.indexOf('/'));
        synchronized (AREAS) {
            int[] counts = AREAS.computeIfAbsent(area, a -> new int[2]);
            counts[0]++;
            if (passed) counts[1]++;
        }
        if (known.containsKey(id)) {
            assertThat(passed).as("%s is listed in conformance/known-divergences.txt (%s) but now passes: remove it "
                    + "from the list", id, known.get(id)).isFalse();
        } else {
            assertThat(passed).as("%s no longer matches AWS (exit %d):%n%s", id, exit, out).isTrue();
        }
    }

    @AfterAll
    static void printScore() {
        if (AREAS.isEmpty()) return;
        int total = 0;
        int passed = 0;
        StringBuilder table = new StringBuilder(String.format("%-22s %6s %7s%n", "area", "cases", "passed"));
        for (var e : AREAS.entrySet()) {
            table.append(String.format("%-22s %6d %7d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
            total += e.getValue()[0];
            passed += e.getValue()[1];
        }
        System.out.print(table);
        System.out.println("conformance: " + passed + "/" + total + " passed");
    }

    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("conformance"))) dir = dir.getParent();
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    private static Path corpus() {
        String configured = System.getProperty("sfn.conformance.corpus");
        if (configured != null) return Path.of(configured);
        Path p = repoRoot().resolve("../shared/conformance/corpus").normalize();
        return Files.isDirectory(p) ? p : null;
    }
}
