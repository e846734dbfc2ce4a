package dev.sfntest.cli.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlSubsetParserTest {
    private static final Path FILE = Path.of("t.yaml");

    private static Optional<YamlNode> fast(String yaml) {
        return YamlSubsetParser.read(FILE, yaml, new ScalarTyping());
    }

    /** Reads on the fast path, as SnakeYAML does (positions and value classes included). */
    private static YamlNode.Mapping readsLikeSnakeYaml(String yaml) {
        assertThat(BothReaders.readTheSame(FILE, yaml)).as("fast path reads:\n%s", yaml).isTrue();
        return (YamlNode.Mapping) fast(yaml).orElseThrow();
    }

    private static YamlNode get(YamlNode node, String key) {
        return ((YamlNode.Mapping) node).get(key).orElseThrow();
    }

    @Test
    void readsNestedBlockMappingsWithEveryPosition() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                a: 1
                b:
                  c: x
                  d:
                    e: true
                """);
        assertThat(root.location().render()).isEqualTo("t.yaml:1:1");
        assertThat(get(root, "b").location().render()).isEqualTo("t.yaml:3:3");
        assertThat(get(get(get(root, "b"), "d"), "e").location().render()).isEqualTo("t.yaml:5:8");
    }

    @Test
    void readsASequenceWrittenAtItsKeysIndentation() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                steps:
                - one
                - two
                after: 1
                """);
        assertThat(get(root, "steps").location().render()).isEqualTo("t.yaml:2:1");
        assertThat(root.toJson().toString()).isEqualTo("{\"steps\":[\"one\",\"two\"],\"after\":1}");
    }

    @Test
    void readsKeyValueItemsAsMappingsStartingAtTheirFirstKey() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                testCases:
                  - name: "first"
                    input: {"qty": 1}
                  -   "quoted key": 2
                      other: x
                """);
        YamlNode.Sequence cases = (YamlNode.Sequence) get(root, "testCases");
        assertThat(cases.location().render()).isEqualTo("t.yaml:2:3");
        assertThat(cases.items().get(0).location().render()).isEqualTo("t.yaml:2:5");
        assertThat(cases.items().get(1).location().render()).isEqualTo("t.yaml:4:7");
    }

    @Test
    void putsAnEmptyValueJustAfterItsColonOrDashAsSnakeYamlDoes() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                a:
                b:    # nothing
                c:
                  -
                  - x
                """);
        assertThat(get(root, "a").location().render()).isEqualTo("t.yaml:1:3");
        assertThat(get(root, "b").toJson().isNull()).isTrue();
        YamlNode.Sequence c = (YamlNode.Sequence) get(root, "c");
        assertThat(c.items().get(0).location().render()).isEqualTo("t.yaml:4:4");
    }

    @Test
    void readsABlockBelowABareDash() {
        readsLikeSnakeYaml("""
                list:
                  -
                    a: 1
                  -
                    - nested
                """);
    }

    @Test
    void typesPlainScalarsTheYaml11WayLikeSnakeYaml() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                yes1: yes
                off1: Off
                hex: 0x1F
                octal: 012
                exp: 1e3
                half: .5
                tilde: ~
                nul: null
                ts: 2024-01-01T00:00:00Z
                sexagesimal: 1:30
                word: -x
                """);
        assertThat(root.toJson().toString()).isEqualTo("{\"yes1\":true,\"off1\":false,\"hex\":31,\"octal\":10,"
                + "\"exp\":1E+3,\"half\":0.5,\"tilde\":null,\"nul\":null,\"ts\":\"2024-01-01T00:00:00Z\","
                + "\"sexagesimal\":90,\"word\":\"-x\"}");
    }

    @Test
    void keepsIntegerSizesAndDecimalDigitsAsSnakeYamlsPathDoes() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                int: 2147483647
                long: 2147483648
                big: 12345678901234567890
                decimal: 1.10
                """);
        assertThat(get(root, "int").toJson()).isInstanceOf(IntNode.class);
        assertThat(get(root, "long").toJson()).isInstanceOf(LongNode.class);
        assertThat(get(root, "big").toJson()).isInstanceOf(BigIntegerNode.class);
        assertThat(get(root, "decimal").toJson()).isInstanceOf(DecimalNode.class);
        assertThat(get(root, "decimal").toJson().toString()).isEqualTo("1.10");
    }

    @Test
    void readsQuotedScalarsAsStringsWithTheirEscapes() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                d: "tab\\there \\"q\\" \\\\ \\u00e9 \\x41"
                s: 'it''s \\n'
                n: "123"
                "quoted key": 'yes'
                """);
        assertThat(get(root, "d").toJson().asText()).isEqualTo("tab\there \"q\" \\ é A");
        assertThat(get(root, "s").toJson().asText()).isEqualTo("it's \\n");
        assertThat(get(root, "n").toJson().isTextual()).isTrue();
        assertThat(get(root, "quoted key").toJson().asText()).isEqualTo("yes");
    }

    @Test
    void skipsCommentsAndBlankLinesButNotHashesInsideWords() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                # heading

                a: x#y   # trailing
                  # indented comment
                b: "#not a comment" # but this is
                """);
        assertThat(root.toJson().toString()).isEqualTo("{\"a\":\"x#y\",\"b\":\"#not a comment\"}");
    }

    @Test
    void readsOneLineFlowCollectionsNested() {
        YamlNode.Mapping root = readsLikeSnakeYaml("""
                input: {"orderId": "ORD-00000", "qty": 1, nested: [a, 'b', {c: null}], empty: {}, none: []}
                json: {"a":1,"b":[true,false]}
                path: ["A", "B"]
                url: {href: http://x/y}
                """);
        assertThat(get(root, "input").location().render()).isEqualTo("t.yaml:1:8");
        assertThat(root.toJson().get("input").toString()).isEqualTo("{\"orderId\":\"ORD-00000\",\"qty\":1,"
                + "\"nested\":[\"a\",\"b\",{\"c\":null}],\"empty\":{},\"none\":[]}");
        assertThat(root.toJson().get("url").get("href").asText()).isEqualTo("http://x/y");
    }

    @Test
    void countsColumnsInCharactersAfterNonAsciiText() {
        YamlNode.Mapping root = readsLikeSnakeYaml("clé: [é, 日本]\n");
        YamlNode.Sequence list = (YamlNode.Sequence) get(root, "clé");
        assertThat(list.items().get(1).location().render()).isEqualTo("t.yaml:1:10");
    }

    @Test
    void readsAFlowCollectionAsTheWholeDocumentAndAnIndentedRoot() {
        assertThat(BothReaders.readTheSame(FILE, "{a: 1, b: [2]}\n")).isTrue();
        assertThat(BothReaders.readTheSame(FILE, "  a: 1\n  b: 2")).isTrue();
        assertThat(BothReaders.readTheSame(FILE, "- 1\n- 2\n")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n", // anchors and aliases
        "a: !!str 1\n", // tags
        "base: {x: 1}\nc:\n  <<: {x: 2}\n", // merge keys
        "a: |\n  text\n", // literal block scalar
        "a: >\n  text\n", // folded block scalar
        "a: one\n  two\n", // a plain scalar on two lines
        "a: \"one\n  two\"\n", // a quoted scalar on two lines
        "a: [1,\n  2]\n", // a flow collection on two lines
        "? a\n: 1\n", // complex key
        "%YAML 1.1\n---\na: 1\n", // directive
        "---\na: 1\n", // document start
        "a: 1\n...\n", // document end
        "a:\n\tb: 1\n", // tab
        "a: 1\r\nb: 2\r\n", // CRLF
        "\uFEFFa: 1\n", // byte-order mark
        "a: 1\na: 2\n", // duplicate key
        "a: {x: 1, x: 2}\n", // duplicate key in a flow mapping
        "\"a\": 1\na: 2\n", // duplicate key once unquoted
        "", // empty document
        "# only a comment\n\n", // only comments
        "a: \"😀\"\n", // non-BMP
        "a: \"\\U0001F600\"\n", // rare escape
        "a: \"\\/\"\n", // no such escape in SnakeYAML 2.2
        "just a scalar\n", // a scalar as the document
        "a: [1, 2, ]\n", // trailing comma
        "a: {b, c: 1}\n", // flow entry without a value
        "a: {b: }\n", // empty flow value
        "a: b: c\n", // a mapping value where none may be
        "a: 1\n b: 2\n", // misindented key
        "a:\n  b: 1\n c: 2\n", // key between two indentations
        "a: \"x\"#c\n", // comment glued to a value
        "- a\nb: 1\n", // sequence then mapping at the root
        "a: 1\n- b\n", // mapping then sequence at the root
        "a: - b\n", // block entry as an inline value
        "- - a\n", // compact nested sequence
        "a: [b]: c\n", // flow collection as a key
        "a: x\u0085y\n", // YAML 1.1 line break
        "a: x\u007Fy\n", // control character
    })
    void leavesEverythingOutsideTheSubsetToSnakeYaml(String yaml) {
        assertThat(fast(yaml)).as(yaml).isEmpty();
    }

    @Test
    void leavesKeysNearSnakeYamlsLengthLimitToIt() {
        String key = "k".repeat(1001);
        assertThat(fast(key + ": 1\n")).isEmpty();
        assertThat(fast("\"" + key + "\": 1\n")).isEmpty();
        assertThat(fast("a: {\"" + key + "\": 1}\n")).isEmpty();
        assertThat(BothReaders.readTheSame(FILE, "k".repeat(999) + ": 1\n")).isTrue();
    }

    @Test
    void leavesDeepNestingToSnakeYamlsDepthLimit() {
        assertThat(fast("a: " + "[".repeat(41) + "]".repeat(41) + "\n")).isEmpty();
        assertThat(BothReaders.readTheSame(FILE, "a: " + "[".repeat(30) + "]".repeat(30) + "\n")).isTrue();
    }

    @Test
    void yamlReaderStillReportsWhatTheFastPathLeavesToSnakeYaml() {
        Problems problems = new Problems();
        YamlReader.read(FILE, new StringReader("a: 1\nb: {x: 1, x: 2}\n"), problems);
        assertThat(problems.all()).extracting(Problem::render)
                .containsExactly("t.yaml:2:11: duplicate key 'x' in b");
    }
}
