package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.engine.expr.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemFieldsTest {
    private static final String[] HEADERS = {"id", "name", "price"};

    private static ItemFields row(String... values) {
        JsonNode[] nodes = new JsonNode[values.length];
        for (int i = 0; i < values.length; i++) nodes[i] = TextNode.valueOf(values[i]);
        return new ItemFields(HEADERS, nodes, values.length);
    }

    private static LinkedHashMap<String, JsonNode> linked(String... values) {
        LinkedHashMap<String, JsonNode> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) map.put(HEADERS[i], TextNode.valueOf(values[i]));
        return map;
    }

    @Test
    void behavesLikeALinkedHashMapForReadsEqualityAndRendering() {
        ItemFields fields = row("P1", "Pen", "1.5");
        assertThat(fields).isEqualTo(linked("P1", "Pen", "1.5"));
        assertThat(fields.hashCode()).isEqualTo(linked("P1", "Pen", "1.5").hashCode());
        assertThat(fields.keySet()).containsExactly("id", "name", "price");
        assertThat(fields.get(new String("name"))).isEqualTo(TextNode.valueOf("Pen"));
        assertThat(fields.get("missing")).isNull();
        ObjectNode node = new ObjectNode(Json.NODES, fields);
        assertThat(Json.write(node)).isEqualTo("{\"id\":\"P1\",\"name\":\"Pen\",\"price\":\"1.5\"}");
        assertThat(node).isEqualTo(Json.NODES.objectNode().put("id", "P1").put("name", "Pen").put("price", "1.5"));
    }

    @Test
    void changingOneRowLeavesTheSharedHeadersAndOtherRowsAlone() {
        ItemFields first = row("P1", "Pen", "1.5");
        ItemFields second = row("P2", "Ink", "2");
        first.remove("name");
        first.put("extra", TextNode.valueOf("x"));
        first.put("id", TextNode.valueOf("P9"));
        assertThat(first.keySet()).containsExactly("id", "price", "extra");
        assertThat(first.get("id")).isEqualTo(TextNode.valueOf("P9"));
        assertThat(HEADERS).containsExactly("id", "name", "price");
        assertThat(second).isEqualTo(linked("P2", "Ink", "2"));
    }

    @Test
    void iteratorRemoveAndEntrySetValueWriteThrough() {
        ItemFields fields = row("P1", "Pen", "1.5");
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("name")) it.remove();
            else e.setValue(TextNode.valueOf(e.getKey().toUpperCase()));
        }
        assertThat(List.copyOf(fields.keySet())).containsExactly("id", "price");
        assertThat(fields.get("price")).isEqualTo(TextNode.valueOf("PRICE"));
        fields.clear();
        assertThat(fields).isEmpty();
        fields.put("a", TextNode.valueOf("1"));
        assertThat(fields).containsOnlyKeys("a");
    }

    @Test
    void growsPastItsInitialCapacity() {
        ItemFields fields = new ItemFields(2);
        for (int i = 0; i < 40; i++) fields.put("k" + i, TextNode.valueOf("v" + i));
        assertThat(fields).hasSize(40);
        assertThat(fields.get("k39")).isEqualTo(TextNode.valueOf("v39"));
        assertThat(fields.keySet().iterator().next()).isEqualTo("k0");
    }
}
