package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.ItemData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parallel reader against the ordinary one, as a differential test: for every input — generated arrays with
 * tricky strings and nesting, and malformed ones — both must give the same items in the same order and, where the
 * input is bad, the same error with the same cause after the same items. Tiny chunks force many cuts.
 */
class ParallelJsonItemReaderTest {

    @Test
    void givesTheSameItemsAsTheOrdinaryReaderForGeneratedArrays() {
        Random random = new Random(20261204L);
        for (int i = 0; i < 300; i++) {
            String json = array(random, 1 + random.nextInt(40));
            for (int chunkBytes : new int[] {1, 7, 64, 4096}) {
                assertThat(read(json, chunkBytes)).as("%s (chunks of %d bytes)", json, chunkBytes)
                        .isEqualTo(readOrdinarily(json));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", " [ ] ", "[1]", "[\"a,]\\\"b\"]", "[{\"a\":[1,{\"b\":\"]}\"}]},2]", "[1.0, 1.00, 2E3, -0, 1e400]",
            "\n[\n  {\"x\": \"\\u00e9\\\\\"},\n  \"é\"\n]\n", "[1] trailing"})
    void givesTheSameItemsForEdgeCases(String json) {
        for (int chunkBytes : new int[] {1, 3, 4096}) {
            assertThat(read(json, chunkBytes)).as(json).isEqualTo(readOrdinarily(json));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{\"a\":1}", "\"text\"", "[1,2", "[1,,2]", "[,1]", "[1,2,]", "[1,2}", "[{\"a\":1]]",
            "[1, 2, nope, 3]", "[1, 2, {\"a\": }, 3]", "\uFEFF[1,2]", "[1, \"unterminated]", "[1, 2] ] ]"})
    void failsAsTheOrdinaryReaderFailsAfterTheSameItems(String json) {
        for (int chunkBytes : new int[] {1, 4, 4096}) {
            assertThat(read(json, chunkBytes)).as("%s (chunks of %d bytes)", json, chunkBytes)
                    .isEqualTo(readOrdinarily(json));
        }
    }

    @Test
    void stopsItsThreadsWhenClosedEarly() throws InterruptedException {
        String json = array(new Random(1), 20_000);
        ParallelJsonItemReader reader = new ParallelJsonItemReader(bytes(json), open(json), 64);
        assertThat(reader.hasNext()).isTrue();
        reader.next();
        assertThat(readerThreads()).as("splitter and parsers at work").isNotEmpty();

        reader.close();
        reader.close(); // a second close is harmless

        // Bounded wait, a guard against a hang, not a measure of speed.
        for (int i = 0; i < 1000 && !readerThreads().isEmpty(); i++) Thread.sleep(10);
        assertThat(readerThreads()).as("threads left running after close").isEmpty();
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().equals("sfn-test-json-parser") || t.getName().equals("sfn-test-item-reader"))
                .toList();
    }

    /** Items as their JSON text, then the error's name and cause if reading failed. */
    private static List<String> read(String json, int chunkBytes) {
        return drain(new ParallelJsonItemReader(bytes(json), open(json), chunkBytes));
    }

    private static List<String> readOrdinarily(String json) {
        return drain(new JsonItemReader(open(json), "items.json", null));
    }

    private static List<String> drain(CloseableIterator<JsonNode> reader) {
        List<String> seen = new ArrayList<>();
        try (reader) {
            while (reader.hasNext()) {
                JsonNode item = reader.next();
                // Node class too: 1.0 must stay a decimal 1.0, exactly as the ordinary reader keeps it.
                seen.add(item.getClass().getSimpleName() + " " + Json.write(item));
            }
        } catch (StatesException e) {
            seen.add("error " + e.error() + ": " + e.cause());
        }
        return seen;
    }

    private static ItemData.Bytes bytes(String json) {
        return new ItemData.Bytes("json", "items.json", () -> open(json));
    }

    private static ByteArrayInputStream open(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String array(Random random, int size) {
        StringBuilder json = new StringBuilder(random.nextBoolean() ? "[" : " [\n");
        for (int i = 0; i < size; i++) {
            if (i > 0) json.append(random.nextBoolean() ? "," : " ,\n ");
            json.append(value(random, 0));
        }
        return json.append(random.nextBoolean() ? "]" : "\n] ").toString();
    }

    private static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> Integer.toString(random.nextInt(2000) - 1000);
            case 3 -> random.nextInt(100) + "." + random.nextInt(100) + (random.nextBoolean() ? "0" : "");
            case 4, 5 -> "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\"";
            case 6 -> {
                StringBuilder a = new StringBuilder("[");
                for (int i = 0, n = random.nextInt(4); i < n; i++) a.append(i > 0 ? "," : "").append(value(random, depth + 1));
                yield a.append("]").toString();
            }
            default -> {
                StringBuilder o = new StringBuilder("{");
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    o.append(i > 0 ? ", " : "").append("\"k").append(i).append("\": ").append(value(random, depth + 1));
                }
                yield o.append("}").toString();
            }
        };
    }

    private static final String[] STRINGS = {"", "plain", "comma, inside", "brackets ] } [ {", "quote \\\" inside",
            "backslash \\\\", "ends with backslash \\\\\\\\", "é ü 漢字 😀", "\\u005d escaped bracket", "tab\\tnew\\nline"};
}
