package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemBatcherTest {

    static List<JsonNode> batches(ItemBatcher batcher, List<JsonNode> items) {
        List<JsonNode> out = new ArrayList<>();
        try (CloseableIterator<JsonNode> it = batcher.batches(ItemReaders.of(items.iterator()))) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    static List<JsonNode> numbers(int n) {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) items.add(Json.NODES.numberNode(i));
        return items;
    }

    @Test
    void groupsItemsIntoBatchesOfMaxItemsPerBatch() throws IOException {
        assertThat(batches(ItemBatcher.of(2, null, null), numbers(5))).containsExactly(
                Json.parse("{\"Items\":[1,2]}"), Json.parse("{\"Items\":[3,4]}"), Json.parse("{\"Items\":[5]}"));
    }

    @Test
    void addsBatchInputToEveryBatchOnlyWhenConfigured() throws IOException {
        JsonNode first = batches(ItemBatcher.of(3, null, Json.parse("{\"factor\":2}")), numbers(4)).get(0);
        assertThat(Json.write(first)).isEqualTo("{\"BatchInput\":{\"factor\":2},\"Items\":[1,2,3]}");
    }

    @Test
    void closesABatchBeforeItsJsonWouldExceedMaxInputBytesPerBatch() {
        // {"Items":[1,2,3]} is 17 bytes; {"Items":[1,2,3,4]} would be 19
        List<JsonNode> out = batches(ItemBatcher.of(null, 18, null), numbers(5));
        assertThat(out).extracting(Json::write).containsExactly("{\"Items\":[1,2,3]}", "{\"Items\":[4,5]}");
        for (JsonNode b : out) assertThat(ItemBatcher.jsonBytes(b)).isLessThanOrEqualTo(18);
    }

    @Test
    void countsBatchInputInTheByteLimit() {
        // {"BatchInput":0,"Items":[1]} is 28 bytes
        List<JsonNode> out = batches(ItemBatcher.of(null, 28, Json.NODES.numberNode(0)), numbers(2));
        assertThat(out).hasSize(2);
    }

    @Test
    void sendsAnItemLargerThanTheByteLimitInABatchOfItsOwn() {
        List<JsonNode> items = List.of(Json.NODES.textNode("x".repeat(100)), Json.NODES.numberNode(1));
        assertThat(batches(ItemBatcher.of(null, 20, null), items)).hasSize(2);
    }

    @Test
    void rejectsInvalidLimits() {
        assertThatThrownBy(() -> ItemBatcher.of(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemBatcher.of(0, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemBatcher.of(null, 262_145, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
