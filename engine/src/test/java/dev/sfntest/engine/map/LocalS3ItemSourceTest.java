package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.ItemData;
import dev.sfntest.engine.spi.ItemRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalS3ItemSourceTest {
    @TempDir
    Path root;

    static ItemRequest request(String resource, String args) throws IOException {
        return new ItemRequest("Map", "Map", resource, Json.parse(args), null);
    }

    void put(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void servesGetObjectFromTheBucketFolder() throws IOException {
        put("bucket/data/file.csv", "a\n1\n");
        LocalS3ItemSource source = new LocalS3ItemSource(root);
        Optional<ItemData> data = source.open(request("arn:aws:states:::s3:getObject",
                "{\"Bucket\": \"bucket\", \"Key\": \"data/file.csv\"}"));
        assertThat(data).containsInstanceOf(ItemData.Bytes.class);
        ReaderConfig rc = ReaderConfig.parse(Json.parse(
                "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\"}}"));
        List<JsonNode> items = new ArrayList<>();
        try (CloseableIterator<JsonNode> it = ItemReaders.open(rc, data.get(), null)) {
            it.forEachRemaining(items::add);
        }
        assertThat(items).containsExactly(Json.parse("{\"a\":\"1\"}"));
    }

    @Test
    void hasNothingForAMissingObjectOrAKeyOutsideTheBucket() throws IOException {
        put("bucket/x", "1");
        put("secret", "2");
        LocalS3ItemSource source = new LocalS3ItemSource(root);
        assertThat(source.open(request("arn:aws:states:::s3:getObject", "{\"Bucket\": \"bucket\", \"Key\": \"y\"}")))
                .isEmpty();
        assertThat(source.open(request("arn:aws:states:::s3:getObject",
                "{\"Bucket\": \"bucket\", \"Key\": \"../secret\"}"))).isEmpty();
        assertThat(source.open(request("arn:aws:states:::s3:getObject", "{\"Bucket\": \"nope\", \"Key\": \"x\"}")))
                .isEmpty();
    }

    @Test
    void listsObjectsUnderAPrefixInKeyOrderWithTheirMetadata() throws IOException {
        put("bucket/img/b.jpg", "bb");
        put("bucket/img/a.jpg", "hello");
        put("bucket/img/sub/c.jpg", "c");
        put("bucket/other.txt", "o");
        Optional<ItemData> data = new LocalS3ItemSource(root).open(request("arn:aws:states:::s3:listObjectsV2",
                "{\"Bucket\": \"bucket\", \"Prefix\": \"img/\"}"));
        List<JsonNode> items = ((ItemData.Items) data.orElseThrow()).items();
        assertThat(items).extracting(i -> i.get("Key").textValue())
                .containsExactly("img/a.jpg", "img/b.jpg", "img/sub/c.jpg");
        JsonNode a = items.get(0);
        assertThat(a.get("Etag").textValue()).isEqualTo("\"5d41402abc4b2a76b9719d911017c592\"");
        assertThat(a.get("Size").longValue()).isEqualTo(5);
        assertThat(a.get("StorageClass").textValue()).isEqualTo("STANDARD");
        assertThat(a.get("LastModified").isIntegralNumber()).isTrue();
    }

    @Test
    void readsTheObjectsOfAnS3InventoryManifest() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("\"src\",\"k1\",\"10\"\n\"src\",\"k2\",\"20\"\n".getBytes(StandardCharsets.UTF_8));
        }
        Path data = root.resolve("inv/files/part-0.csv.gz");
        Files.createDirectories(data.getParent());
        Files.write(data, gz.toByteArray());
        put("inv/manifest.json", """
                {"sourceBucket": "src", "destinationBucket": "arn:aws:s3:::inv", "fileFormat": "CSV",
                 "fileSchema": "Bucket, Key, Size", "files": [{"key": "files/part-0.csv.gz", "size": 1}]}""");
        LocalS3ItemSource source = new LocalS3ItemSource(root);
        ItemData manifest = source.open(request("arn:aws:states:::s3:getObject",
                "{\"Bucket\": \"inv\", \"Key\": \"manifest.json\"}")).orElseThrow();
        ReaderConfig rc = ReaderConfig.parse(Json.parse(
                "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"MANIFEST\"}}"));
        List<JsonNode> items = new ArrayList<>();
        try (CloseableIterator<JsonNode> it = ItemReaders.open(rc, manifest, null, source)) {
            it.forEachRemaining(items::add);
        }
        assertThat(items).containsExactly(Json.parse("{\"Bucket\":\"src\",\"Key\":\"k1\",\"Size\":\"10\"}"),
                Json.parse("{\"Bucket\":\"src\",\"Key\":\"k2\",\"Size\":\"20\"}"));
    }
}
