package dev.sfntest.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.assertion.Difference;
import dev.sfntest.cli.assertion.JsonMatcher;
import dev.sfntest.cli.assertion.MatchMode;
import dev.sfntest.engine.expr.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffRendererTest {
    static final String ESC = "\u001B[";

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    final JsonNode expected = json("{\"items\":[{\"price\":10}],\"status\":\"declined\",\"tags\":[1,2]}");
    final JsonNode actual = json("{\"items\":[{\"price\":\"12\"}],\"tags\":[1],\"extra\":{\"a\":true}}");
    final List<Difference> diffs = JsonMatcher.compare(expected, actual, MatchMode.EXACT);

    @Test
    void rendersPathKindAndBothValuesWithoutEscapeCodesWhenColourIsOff() {
        assertThat(new JsonDiffRenderer().render(diffs, false)).isEqualTo("""
                $.items[0].price (type)
                  - 10
                  + "12"
                $.status (missing)
                  - "declined"
                $.tags (length 2, was 1)
                  - [1,2]
                  + [1]
                $.extra (unexpected)
                  + {"a":true}""");
    }

    @Test
    void coloursExpectedRedAndActualGreenWhenColourIsOn() {
        String text = new JsonDiffRenderer().render(diffs.subList(0, 1), true);
        assertThat(text).isEqualTo(ESC + "1m$.items[0].price" + ESC + "22m (type)\n  "
                + ESC + "31m- 10" + ESC + "m\n  " + ESC + "32m+ \"12\"" + ESC + "m");
    }

    @Test
    void truncatesLongValuesWithAnEllipsisAndCountsDifferencesBeyondTheLimit() {
        JsonNode e = json("{\"a\":\"" + "x".repeat(50) + "\",\"b\":1,\"c\":2}");
        JsonNode a = json("{\"a\":\"y\",\"b\":2,\"c\":3}");
        assertThat(new JsonDiffRenderer(12, 1).render(JsonMatcher.compare(e, a, MatchMode.EXACT), false))
                .isEqualTo("""
                        $.a (value)
                          - "xxxxxxxxxx…
                          + "y"
                        … and 2 more differences""");
    }

    @Test
    void appendsTheWholeValuesWhenGivenThem() {
        JsonNode e = json("{\"s\":1}");
        JsonNode a = json("{\"s\":2}");
        assertThat(new JsonDiffRenderer().render(e, a, JsonMatcher.compare(e, a, MatchMode.EXACT), false))
                .isEqualTo("""
                        $.s (value)
                          - 1
                          + 2
                        expected: {"s":1}
                        actual:   {"s":2}""");
    }
}
