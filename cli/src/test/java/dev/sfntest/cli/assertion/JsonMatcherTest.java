package dev.sfntest.cli.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonMatcherTest {

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<String> described(String expected, String actual, MatchMode mode) {
        return JsonMatcher.compare(json(expected), json(actual), mode).stream().map(Difference::describe).toList();
    }

    @Test
    void exactMatchIgnoresObjectKeyOrder() {
        assertThat(JsonMatcher.compare(json("{\"a\":1,\"b\":{\"c\":[1,2],\"d\":null}}"),
                json("{\"b\":{\"d\":null,\"c\":[1,2]},\"a\":1}"), MatchMode.EXACT)).isEmpty();
    }

    @Test
    void numbersCompareByValueAcrossRepresentations() {
        assertThat(JsonMatcher.matches(json("[1, 1.0, 1.00, 100, 12345678901234567890123]"),
                json("[1.00, 1, 1E0, 1E+2, 12345678901234567890123.000]"), MatchMode.EXACT)).isTrue();
        assertThat(JsonMatcher.matches(Json.NODES.numberNode(0.5), Json.NODES.numberNode(new BigDecimal("0.50")),
                MatchMode.EXACT)).isTrue();
        assertThat(described("{\"n\": 1.5}", "{\"n\": 1.50000000000000000001}", MatchMode.EXACT))
                .containsExactly("$.n: expected 1.5 but was 1.50000000000000000001");
    }

    @Test
    void aStringNeverEqualsANumber() {
        assertThat(described("{\"n\": 1}", "{\"n\": \"1\"}", MatchMode.PARTIAL))
                .containsExactly("$.n: expected number 1 but was string \"1\"");
    }

    @Test
    void exactReportsUnexpectedFieldsAfterTheExpectedOnesInDocumentOrder() {
        List<Difference> diffs = JsonMatcher.compare(json("{\"a\":1,\"b\":2,\"c\":{\"x\":true}}"),
                json("{\"z\":0,\"c\":{\"x\":false,\"y\":1},\"a\":1}"), MatchMode.EXACT);
        assertThat(diffs).extracting(Difference::path, Difference::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.b", Difference.Kind.MISSING),
                org.assertj.core.groups.Tuple.tuple("$.c.x", Difference.Kind.VALUE),
                org.assertj.core.groups.Tuple.tuple("$.c.y", Difference.Kind.UNEXPECTED),
                org.assertj.core.groups.Tuple.tuple("$.z", Difference.Kind.UNEXPECTED));
        assertThat(diffs.get(0).actual()).isNull();
        assertThat(diffs.get(3).expected()).isNull();
    }

    @Test
    void partialIgnoresFieldsTheExpectationDoesNotNameAtEveryDepth() {
        assertThat(JsonMatcher.compare(json("{\"a\":{\"b\":1},\"list\":[{\"id\":1},{}]}"),
                json("{\"a\":{\"b\":1,\"c\":2},\"list\":[{\"id\":1,\"x\":2},{\"y\":3}],\"extra\":true}"),
                MatchMode.PARTIAL)).isEmpty();
    }

    @Test
    void partialStillRequiresNamedFieldsEvenWhenExpectedNull() {
        assertThat(described("{\"a\":null}", "{}", MatchMode.PARTIAL)).containsExactly("$.a: missing, expected null");
    }

    @Test
    void partialStillComparesArraysByLength() {
        List<Difference> diffs = JsonMatcher.compare(json("{\"items\":[1,2]}"), json("{\"items\":[1,2,3]}"),
                MatchMode.PARTIAL);
        assertThat(diffs).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Difference.Kind.LENGTH);
            assertThat(d.describe()).isEqualTo("$.items: expected an array of 2 elements but was 3 elements");
        });
    }

    @Test
    void arraysCompareElementWiseWithIndexedPaths() {
        assertThat(described("{\"items\":[{\"price\":1},{\"price\":2},{\"price\":3}]}",
                "{\"items\":[{\"price\":1},{\"price\":2},{\"price\":4}]}", MatchMode.EXACT))
                .containsExactly("$.items[2].price: expected 3 but was 4");
    }

    @Test
    void oddKeysAreBracketQuoted() {
        assertThat(JsonMatcher.compare(json("{\"x-amzn-RequestId\":{\"it's\":1,\"a b\":2,\"_ok1\":3}}"),
                json("{\"x-amzn-RequestId\":{}}"), MatchMode.PARTIAL)).extracting(Difference::path)
                .containsExactly("$['x-amzn-RequestId']['it\\'s']", "$['x-amzn-RequestId']['a b']",
                        "$['x-amzn-RequestId']._ok1");
    }

    @Test
    void rootValuesOfDifferentTypesGiveOneTypeDifference() {
        assertThat(described("[]", "{}", MatchMode.EXACT)).containsExactly("$: expected array [] but was object {}");
    }

    @Test
    void aMissingActualValueIsMissingAtTheRoot() {
        assertThat(JsonMatcher.compare(json("{}"), null, MatchMode.PARTIAL))
                .extracting(Difference::path, Difference::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$", Difference.Kind.MISSING));
        assertThat(JsonMatcher.compare(null, null, MatchMode.EXACT)).isEmpty();
    }

    @Test
    void comparesAMapOutputOfTenThousandElements() {
        ArrayNode expected = Json.NODES.arrayNode();
        ArrayNode actual = Json.NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            ObjectNode e = expected.addObject().put("id", i).put("price", i * 1.5);
            e.putObject("meta").put("tag", "t" + i);
            ObjectNode a = actual.addObject().put("price", new BigDecimal(i * 1.5 + "0")).put("id", i);
            a.putObject("meta").put("tag", i == 4242 ? "changed" : "t" + i);
        }
        assertThat(JsonMatcher.compare(expected, actual, MatchMode.EXACT)).extracting(Difference::describe)
                .containsExactly("$[4242].meta.tag: expected \"t4242\" but was \"changed\"");
    }
}
