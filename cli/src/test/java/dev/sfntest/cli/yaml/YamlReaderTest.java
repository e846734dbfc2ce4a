package dev.sfntest.cli.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final Problems problems = new Problems();

    private YamlNode read(String yaml) {
        return YamlReader.read(Path.of("t.yaml"), new StringReader(yaml), problems).orElseThrow();
    }

    @Test
    void keepsLineAndColumnOfEveryKeyAndValue() {
        YamlNode.Mapping root = (YamlNode.Mapping) read("""
                a: 1
                b:
                  - x: hello
                """);
        YamlNode.Entry b = root.entry("b").orElseThrow();
        assertThat(b.key().location()).isEqualTo(new Location(Path.of("t.yaml"), 2, 1));
        YamlNode.Mapping item = (YamlNode.Mapping) ((YamlNode.Sequence) b.value()).items().get(0);
        assertThat(item.entry("x").orElseThrow().value().location().render()).isEqualTo("t.yaml:3:8");
    }

    @Test
    void typesScalarsTheYaml11WayButKeepsDecimalsAndTimestampsAsWritten() {
        YamlNode node = read("""
                yes1: yes
                off1: off
                octal: 012
                hex: 0x1F
                dec: 1.0
                small: 0.1
                nul: ~
                ts: 2024-01-01T00:00:00.000Z
                quoted: "123"
                """);
        assertThat(node.toJson().toString()).isEqualTo("{\"yes1\":true,\"off1\":false,\"octal\":10,\"hex\":31,"
                + "\"dec\":1.0,\"small\":0.1,\"nul\":null,\"ts\":\"2024-01-01T00:00:00.000Z\",\"quoted\":\"123\"}");
    }

    @Test
    void expandsAliasesAndMergeKeysWithExplicitKeysWinning() {
        YamlNode node = read("""
                templates:
                  ok: &ok { StatusCode: 200, Payload: { ok: true } }
                r1: *ok
                r2:
                  <<: *ok
                  StatusCode: 500
                """);
        assertThat(node.toJson().get("r1").toString()).isEqualTo("{\"StatusCode\":200,\"Payload\":{\"ok\":true}}");
        assertThat(node.toJson().get("r2").toString()).isEqualTo("{\"StatusCode\":500,\"Payload\":{\"ok\":true}}");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsMalformedYamlWithSnakeYamlsPositionInsteadOfThrowing() {
        var result = YamlReader.read(Path.of("bad.yaml"), new StringReader("a: [1, 2\nb: 3\n"), problems);
        assertThat(result).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.render()).startsWith("bad.yaml:2:2: invalid YAML: ");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void reportsDuplicateKeys() {
        read("a: 1\nb: 2\na: 3\n");
        assertThat(problems.all()).extracting(Problem::render)
                .containsExactly("t.yaml:3:1: duplicate key 'a' in the document");
    }

    @Test
    void reportsAMissingFileWithThePathAsResolved() {
        Path missing = Path.of("no/such/suite.yaml");
        assertThat(YamlReader.read(missing, problems)).isEmpty();
        assertThat(problems.all()).extracting(Problem::render).containsExactly(
                "no/such/suite.yaml: file not found (looked for " + missing.toAbsolutePath().normalize() + ")");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(YamlReader.read(Path.of("e.yaml"), new StringReader("# nothing\n"), problems)).isEmpty();
        assertThat(problems.all()).extracting(Problem::render).containsExactly("e.yaml: the file is empty");
    }
}
