package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvItemReaderTest {

    static List<JsonNode> read(String csv, ReaderConfig.CsvDelimiter delimiter, List<String> given, int chunk) {
        InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        if (chunk > 0) in = new Trickle(in, chunk);
        List<JsonNode> items = new ArrayList<>();
        try (CsvItemReader reader = new CsvItemReader(in, "test.csv", delimiter, given)) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }

    static List<JsonNode> read(String csv) {
        return read(csv, ReaderConfig.CsvDelimiter.COMMA, null, 0);
    }

    static JsonNode json(String text) throws IOException {
        return Json.parse(text);
    }

    @Test
    void readsEveryValueAsAStringWithTheFirstRowAsHeaders() throws IOException {
        // recorded case test_map_item_reader_csv_headers_first_row_typed_headers
        String csv = "0,True,{}\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
        assertThat(read(csv)).containsExactly(
                json("{\"0\":\"Value4\",\"True\":\"Value5\",\"{}\":\"Value6\"}"),
                json("{\"0\":\"\",\"True\":\"\",\"{}\":\"\"}"),
                json("{\"0\":\"true\",\"True\":\"1\",\"{}\":\"'HelloWorld'\"}"),
                json("{\"0\":\"Null\",\"True\":\"None\",\"{}\":\"\"}"),
                json("{\"0\":\"   \",\"True\":\"\",\"{}\":\"\"}"));
    }

    @Test
    void keepsAnEmptyHeaderNameAndDropsFieldsBeyondTheHeaders() throws IOException {
        // recorded case test_map_item_reader_csv_first_row_extra_fields
        String csv = "H1,\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
        assertThat(read(csv)).containsExactly(
                json("{\"H1\":\"Value4\",\"\":\"Value5\"}"),
                json("{\"H1\":\"\",\"\":\"\"}"),
                json("{\"H1\":\"true\",\"\":\"1\"}"),
                json("{\"H1\":\"Null\",\"\":\"None\"}"),
                json("{\"H1\":\"   \",\"\":\"\"}"));
    }

    @Test
    void readsTheFirstRowAsDataWhenHeadersAreGiven() throws IOException {
        // recorded case test_map_item_reader_base_csv_headers_decl
        String csv = "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
        List<JsonNode> items = read(csv, ReaderConfig.CsvDelimiter.COMMA, List.of("H1", "H2", "H3"), 0);
        assertThat(items).hasSize(6);
        assertThat(items.get(0)).isEqualTo(json("{\"H1\":\"Value1\",\"H2\":\"Value2\",\"H3\":\"Value3\"}"));
        assertThat(items.get(5)).isEqualTo(json("{\"H1\":\"   \",\"H2\":\"\",\"H3\":\"\"}"));
    }

    @Test
    void keepsTheHeaderOrderInEachItem() {
        JsonNode item = read("b,a,c\n1,2,3\n").get(0);
        List<String> names = new ArrayList<>();
        item.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("b", "a", "c");
    }

    @Test
    void parsesQuotedFieldsWithDelimitersLineBreaksAndEscapedQuotes() throws IOException {
        String csv = "a,b\r\n\"x,y\",\"line1\nline2\"\r\n\"say \"\"hi\"\"\",\"\"\n";
        assertThat(read(csv)).containsExactly(
                json("{\"a\":\"x,y\",\"b\":\"line1\\nline2\"}"),
                json("{\"a\":\"say \\\"hi\\\"\",\"b\":\"\"}"));
    }

    @Test
    void acceptsCrlfAndCrLineEndingsAndAMissingFinalLineBreak() throws IOException {
        assertThat(read("a\r\n1\r2\n3")).containsExactly(
                json("{\"a\":\"1\"}"), json("{\"a\":\"2\"}"), json("{\"a\":\"3\"}"));
    }

    @Test
    void skipsEmptyLinesAndAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFa,b\n\n1,2\n\n\n3,4\n\n")).containsExactly(
                json("{\"a\":\"1\",\"b\":\"2\"}"), json("{\"a\":\"3\",\"b\":\"4\"}"));
    }

    @Test
    void splitsOnTheConfiguredDelimiter() throws IOException {
        assertThat(read("a|b\n1,5|2\n", ReaderConfig.CsvDelimiter.PIPE, null, 0))
                .containsExactly(json("{\"a\":\"1,5\",\"b\":\"2\"}"));
        assertThat(read("a\tb\n1\t2\n", ReaderConfig.CsvDelimiter.TAB, null, 0))
                .containsExactly(json("{\"a\":\"1\",\"b\":\"2\"}"));
        assertThat(read("a;b\n1;2\n", ReaderConfig.CsvDelimiter.SEMICOLON, null, 0))
                .containsExactly(json("{\"a\":\"1\",\"b\":\"2\"}"));
        assertThat(read("a b\n1 2\n", ReaderConfig.CsvDelimiter.SPACE, null, 0))
                .containsExactly(json("{\"a\":\"1\",\"b\":\"2\"}"));
    }

    @Test
    void givesTheSameItemsWhenTheInputArrivesOneByteAtATime() {
        String csv = "name,city\n\"Zoë, \"\"Z\"\"\",Zürich\n日本,\"東\r\n京\"\n" + "x".repeat(70_000) + ",y\n";
        List<JsonNode> whole = read(csv);
        for (int chunk : new int[] {1, 2, 3, 7, 4096}) {
            assertThat(read(csv, ReaderConfig.CsvDelimiter.COMMA, null, chunk)).isEqualTo(whole);
        }
        assertThat(whole.get(0).get("name").textValue()).isEqualTo("Zoë, \"Z\"");
        assertThat(whole.get(1).get("city").textValue()).isEqualTo("東\r\n京");
        assertThat(whole.get(2).get("name").textValue()).hasSize(70_000);
    }

    @Test
    void readsNoItemsFromAnEmptyObjectOrAHeaderOnly() {
        assertThat(read("")).isEmpty();
        assertThat(read("a,b\n")).isEmpty();
    }

    @Test
    void failsWithItemReaderFailedOnDuplicateHeaders() {
        assertThatThrownBy(() -> read("a,b,a\n1,2,3\n"))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.ItemReaderFailed");
                    assertThat(e.cause()).isEqualTo("CSV headers cannot contain duplicates.");
                });
    }

    /** Hands the bytes over at most {@code chunk} at a time, to exercise buffer boundaries. */
    static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
