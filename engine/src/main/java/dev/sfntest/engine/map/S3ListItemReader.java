package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the objects under a prefix of a local folder that stands in for an S3 bucket, as the
 * {@code arn:aws:states:::s3:listObjectsV2} ItemReader does: one item per object, in S3's key order (ascending
 * UTF-8 bytes), shaped as in the
 * <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html">ItemReader page</a>:
 * {@code {"Etag": "\"<md5>\"", "Key": "...", "LastModified": <epoch seconds>, "Size": <bytes>,
 * "StorageClass": "STANDARD"}}.
 */
public final class S3ListItemReader {
    private S3ListItemReader() {}

    /** The items for the objects of {@code bucketFolder} whose key starts with {@code prefix} (null = all). */
    public static List<JsonNode> list(Path bucketFolder, String prefix) {
        String p = prefix == null ? "" : prefix;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bucketFolder)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> keyed = new ArrayList<>();
        for (Path f : files) {
            String key = bucketFolder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            if (key.startsWith(p)) keyed.add(new String[] {key, f.toString()});
        }
        keyed.sort((a, b) -> Arrays.compareUnsigned(a[0].getBytes(StandardCharsets.UTF_8),
                b[0].getBytes(StandardCharsets.UTF_8)));
        List<JsonNode> items = new ArrayList<>(keyed.size());
        for (String[] k : keyed) items.add(item(k[0], Path.of(k[1])));
        return items;
    }

    private static JsonNode item(String key, Path file) {
        try {
            ObjectNode o = Json.NODES.objectNode();
            o.put("Etag", "\"" + md5(file) + "\"");
            o.put("Key", key);
            o.put("LastModified", Files.getLastModifiedTime(file).toInstant().getEpochSecond());
            o.put("Size", Files.size(file));
            o.put("StorageClass", "STANDARD");
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String md5(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
