package dev.sfntest.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML, JSON and default reporters over two suite files: 3 passed, 2 failed, 1 skipped. */
class ReportersTest {
    private static final Path FIXTURE = CliRun.moduleDir().resolve("src/test/resources/e2e-reports");

    private static List<String> suiteArgs(String... more) {
        List<String> args = new ArrayList<>(List.of("run",
                "--suite", FIXTURE.resolve("suites/a.test.yaml").toString(),
                "--suite", FIXTURE.resolve("suites/b.test.yaml").toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void junitReporterWritesOneTestsuitePerSuiteFileAndOneTestcasePerCase(@TempDir Path tmp) throws Exception {
        Path xml = tmp.resolve("reports/junit.xml");
        CliRun run = CliRun.of(suiteArgs("--reporter", "junit", "-o", xml.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);

        Element a = (Element) suites.item(0);
        assertThat(a.getAttribute("name")).isEqualTo("Suite A");
        assertThat(a.getAttribute("tests")).isEqualTo("3");
        assertThat(a.getAttribute("failures")).isEqualTo("1");
        assertThat(a.getAttribute("skipped")).isEqualTo("1");
        List<Element> aCases = children(a, "testcase");
        assertThat(aCases).extracting(e -> e.getAttribute("name"))
                .containsExactly("passes", "fails on the greeting", "is skipped");
        assertThat(children(aCases.get(0), "failure")).isEmpty();
        Element failure = children(aCases.get(1), "failure").get(0);
        assertThat(failure.getAttribute("message")).contains("$.result.greeting", "\"bonjour\"", "\"hello\"");
        assertThat(children(aCases.get(2), "skipped")).hasSize(1);

        Element b = (Element) suites.item(1);
        assertThat(b.getAttribute("name")).isEqualTo("Suite B");
        List<Element> bCases = children(b, "testcase");
        assertThat(bCases).extracting(e -> e.getAttribute("name")).containsExactly("passes too", "fails on the path");
        assertThat(children(bCases.get(1), "failure").get(0).getAttribute("message"))
                .contains("path", "Greet", "Done", "Items");
    }

    @Test
    void junitReporterWithoutOutputFilePrintsTheXml() throws Exception {
        CliRun run = CliRun.of(suiteArgs("--reporter", "junit"));

        assertThat(run.exitCode()).isEqualTo(1);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(5);
    }

    @Test
    void jsonReporterWritesTheDocumentedShape(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("report.json");
        CliRun run = CliRun.of(suiteArgs("--reporter", "json", "--output", file.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(file.toFile());
        JsonNode summary = report.get("summary");
        assertThat(summary.get("passed").asInt()).isEqualTo(2);
        assertThat(summary.get("failed").asInt()).isEqualTo(2);
        assertThat(summary.get("skipped").asInt()).isEqualTo(1);
        assertThat(summary.get("durationMs").isIntegralNumber()).isTrue();
        JsonNode suites = report.get("suites");
        assertThat(suites).hasSize(2);
        assertThat(suites.get(0).get("name").asText()).isEqualTo("Suite A");
        for (JsonNode suite : suites) {
            for (JsonNode c : suite.get("cases")) {
                assertThat(c.get("name").isTextual()).isTrue();
                assertThat(c.get("status").asText()).isIn("passed", "failed", "skipped");
                assertThat(c.get("durationMs").isIntegralNumber()).isTrue();
                assertThat(c.get("path").isArray()).isTrue();
                if (!c.get("status").asText().equals("passed")) assertThat(c.get("message").isTextual()).isTrue();
            }
        }
        JsonNode failed = suites.get(0).get("cases").get(1);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("message").asText()).contains("$.result.greeting");
        assertThat(failed.get("path")).extracting(JsonNode::asText).containsExactly("Greet", "Items", "Done");
        assertThat(suites.get(0).get("cases").get(2).get("status").asText()).isEqualTo("skipped");
    }

    @Test
    void defaultReporterEndsWithTheSummaryLine() {
        CliRun run = CliRun.of(suiteArgs());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\n2 passed, 2 failed, 1 skipped\n");
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    @Test
    void quietPrintsOnlyFailuresAndTheSummary() {
        CliRun run = CliRun.of(suiteArgs("--quiet"));

        assertThat(run.out()).doesNotContain("✓", "Suite A", "is skipped").contains("✗ fails on the greeting",
                "2 passed, 2 failed, 1 skipped");
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) out.add(e);
        }
        return out;
    }
}
