package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.ItemData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemReadersTest {
    static final String JSON_ITEMS = """
            [{"verdict": "true", "statement_date": "6/11/2008", "statement_source": "speech"},
             {"verdict": "false", "statement_date": "6/7/2022", "statement_source": "television"},
             {"verdict": "mostly-true", "statement_date": "5/18/2016", "statement_source": "news"}]""";

    static ReaderConfig config(String readerConfig) throws IOException {
        return ReaderConfig.parse(Json.parse("{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": "
                + readerConfig + "}"));
    }

    static ItemData bytes(String format, String text) {
        return new ItemData.Bytes(format, "s3://bucket/file",
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<JsonNode> all(CloseableIterator<JsonNode> it) {
        List<JsonNode> out = new ArrayList<>();
        try (it) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void streamsTheElementsOfAJsonArrayKeepingTheirTypes() throws IOException {
        List<JsonNode> items = all(ItemReaders.open(config("{\"InputType\": \"JSON\"}"),
                bytes(null, "[1, 2.50, \"x\", {\"a\": [true]}]"), null));
        assertThat(items).containsExactly(Json.parse("1"), Json.parse("2.50"), Json.parse("\"x\""),
                Json.parse("{\"a\": [true]}"));
    }

    @Test
    void appliesMaxItemsFromTheReaderConfig() throws IOException {
        // recorded case test_map_item_reader_base_json_max_items
        assertThat(all(ItemReaders.open(config("{\"InputType\": \"JSON\", \"MaxItems\": 2}"),
                bytes(null, JSON_ITEMS), null))).hasSize(2);
    }

    @Test
    void treatsMaxItemsZeroAsNoLimitAndAcceptsTheLargestLimit() throws IOException {
        // recorded cases test_map_item_reader_csv_max_items[0], [100000000], [2]
        String csv = "Col1,Col2\nValue1,Value2\nValue3,Value4\nValue5,Value6\nValue7,Value8\n";
        String rc = "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", \"MaxItems\": %d}";
        assertThat(all(ItemReaders.open(config(rc.formatted(0)), bytes(null, csv), null))).hasSize(4);
        assertThat(all(ItemReaders.open(config(rc.formatted(100_000_000)), bytes(null, csv), null))).hasSize(4);
        assertThat(all(ItemReaders.open(config(rc.formatted(2)), bytes(null, csv), null)))
                .containsExactly(Json.parse("{\"Col1\":\"Value1\",\"Col2\":\"Value2\"}"),
                        Json.parse("{\"Col1\":\"Value3\",\"Col2\":\"Value4\"}"));
    }

    @Test
    void letsAnEvaluatedMaxItemsOverrideTheStaticOne() throws IOException {
        // recorded case test_map_item_reader_base_json_max_items_jsonata: MaxItems "{% $maxItems := 2 %}"
        ReaderConfig rc = config("{\"InputType\": \"JSON\", \"MaxItems\": \"{% $maxItems := 2 %}\"}");
        assertThat(rc.maxItems()).isNull();
        assertThat(rc.maxItemsExpression()).isEqualTo("{% $maxItems := 2 %}");
        assertThat(all(ItemReaders.open(rc, bytes(null, JSON_ITEMS), 2))).hasSize(2);
    }

    @Test
    void failsWithAwsCauseWhenTheJsonIsNotAnArray() throws IOException {
        CloseableIterator<JsonNode> it = ItemReaders.open(config("{\"InputType\": \"JSON\"}"),
                bytes(null, "{\"a\": 1}"), null);
        assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(StatesException.class, e -> {
            assertThat(e.error()).isEqualTo("States.ItemReaderFailed");
            assertThat(e.cause()).isEqualTo("Attempting to map over non-iterable node.");
        });
    }

    @Test
    void failsWithItemReaderFailedOnMalformedJson() throws IOException {
        CloseableIterator<JsonNode> it = ItemReaders.open(config("{\"InputType\": \"JSON\"}"),
                bytes(null, "[1, {\"a\": ]"), null);
        assertThatThrownBy(() -> all(it)).isInstanceOfSatisfying(StatesException.class,
                e -> assertThat(e.error()).isEqualTo("States.ItemReaderFailed"));
    }

    @Test
    void findsTheArrayThatItemsPointerNames() throws IOException {
        ReaderConfig rc = config("{\"InputType\": \"JSON\", \"ItemsPointer\": \"/data/1/items\"}");
        String json = "{\"skip\": {\"items\": [0]}, \"data\": [{\"items\": [9]}, {\"other\": 1, \"items\": [1, 2]}]}";
        assertThat(all(ItemReaders.open(rc, bytes(null, json), null)))
                .containsExactly(Json.parse("1"), Json.parse("2"));
        CloseableIterator<JsonNode> missing = ItemReaders.open(rc, bytes(null, "{\"data\": []}"), null);
        assertThatThrownBy(missing::hasNext).isInstanceOf(StatesException.class);
    }

    @Test
    void readsJsonLinesSkippingBlankLines() throws IOException {
        assertThat(all(ItemReaders.open(config("{\"InputType\": \"JSONL\"}"),
                bytes(null, "{\"a\":1}\n\n{\"a\":2}\r\n[3]\n"), null)))
                .containsExactly(Json.parse("{\"a\":1}"), Json.parse("{\"a\":2}"), Json.parse("[3]"));
    }

    @Test
    void choosesTheParserByTheSourceFormatBeforeTheInputType() throws IOException {
        assertThat(all(ItemReaders.open(config("{\"InputType\": \"JSON\"}"), bytes("csv", "a\n1\n"), null)))
                .containsExactly(Json.parse("{\"a\":\"1\"}"));
    }

    @Test
    void passesGivenItemsThroughWithMaxItems() throws IOException {
        ItemData data = new ItemData.Items(List.of(Json.parse("1"), Json.parse("2"), Json.parse("3")));
        assertThat(all(ItemReaders.open(config("{\"InputType\": \"JSON\", \"MaxItems\": 2}"), data, null)))
                .containsExactly(Json.parse("1"), Json.parse("2"));
    }

    @Test
    void leavesYamlToTheCaller() throws IOException {
        assertThatThrownBy(() -> ItemReaders.open(config("{\"InputType\": \"JSON\"}"), bytes("yaml", "- 1"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YAML");
    }

    @Test
    void reportsAnUnreadableObjectAsItemReaderFailed() throws IOException {
        ItemData broken = new ItemData.Bytes(null, "s3://b/k", () -> {
            throw new IOException("boom");
        });
        assertThatThrownBy(() -> ItemReaders.open(config("{\"InputType\": \"CSV\"}"), broken, null))
                .isInstanceOfSatisfying(StatesException.class,
                        e -> assertThat(e.error()).isEqualTo("States.ItemReaderFailed"));
    }

    @Test
    void prefetchingGivesTheSameItemsInOrder() throws IOException {
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 5_000; i++) csv.append(i).append('\n');
        List<JsonNode> items = all(PrefetchingIterator.of(
                ItemReaders.open(config("{\"InputType\": \"CSV\"}"), bytes(null, csv.toString()), null)));
        assertThat(items).hasSize(5_000);
        assertThat(items.get(4_999).get("n").textValue()).isEqualTo("4999");
    }

    @Test
    void prefetchingRethrowsTheReaderErrorAfterTheItemsBeforeIt() throws IOException {
        CloseableIterator<JsonNode> it = PrefetchingIterator.of(ItemReaders.open(config("{\"InputType\": \"JSONL\"}"),
                bytes(null, "1\n2\n{oops\n"), null));
        assertThat(it.next()).isEqualTo(Json.parse("1"));
        assertThat(it.next()).isEqualTo(Json.parse("2"));
        assertThatThrownBy(it::hasNext).isInstanceOf(StatesException.class);
        it.close();
    }
}
