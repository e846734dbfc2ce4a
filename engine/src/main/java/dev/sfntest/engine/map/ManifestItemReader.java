package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Streams the objects listed by an S3 Inventory report ({@code InputType: MANIFEST}): reads the inventory's
 * {@code manifest.json}, then each CSV data file it lists (gzip when the key ends in {@code .gz}) from the
 * destination bucket. Each row becomes an item whose keys are the {@code fileSchema} columns and whose values are
 * strings, e.g. {@code {"Bucket": "b", "Key": "k", "Size": "3399671", "LastModifiedDate": "..."}}. Only the CSV
 * inventory format is supported, as on AWS. Not thread-safe.
 */
public final class ManifestItemReader implements CloseableIterator<JsonNode> {
    private final String name;
    private final ObjectOpener opener;
    private final String bucket;
    private final List<String> columns;
    private final List<String> keys;
    private int nextFile;
    private CsvItemReader current;
    private boolean closed;

    public ManifestItemReader(InputStream manifest, String name, ObjectOpener opener) {
        this.name = name;
        this.opener = opener;
        JsonNode m;
        try (InputStream in = manifest) {
            m = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw fail(MapCauses.badManifest(name, e.getMessage()));
        }
        if (m == null || !m.isObject()) throw fail(MapCauses.badManifest(name, "not a JSON object"));
        String format = m.path("fileFormat").asText("CSV");
        if (!format.equalsIgnoreCase("CSV")) {
            throw fail(MapCauses.badManifest(name, "fileFormat " + format + " is not supported; use CSV"));
        }
        String destination = m.path("destinationBucket").asText(null);
        String schema = m.path("fileSchema").asText(null);
        if (destination == null || schema == null || !m.path("files").isArray()) {
            throw fail(MapCauses.badManifest(name, "destinationBucket, fileSchema and files are required"));
        }
        this.bucket = destination.startsWith("arn:") ? destination.substring(destination.lastIndexOf(':') + 1)
                : destination;
        this.columns = Arrays.stream(schema.split(",")).map(String::trim).toList();
        List<String> list = new ArrayList<>();
        for (JsonNode f : m.get("files")) list.add(f.path("key").asText());
        this.keys = list;
    }

    @Override
    public boolean hasNext() {
        while (!closed) {
            if (current != null && current.hasNext()) return true;
            if (current != null) current.close();
            current = null;
            if (nextFile >= keys.size()) {
                close();
                return false;
            }
            String key = keys.get(nextFile++);
            try {
                InputStream in = opener.open(bucket, key);
                if (key.endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
                current = new CsvItemReader(in, "s3://" + bucket + "/" + key, ReaderConfig.CsvDelimiter.COMMA,
                        columns);
            } catch (IOException e) {
                close();
                throw fail(MapCauses.readFailed("s3://" + bucket + "/" + key + " (listed in " + name + ")",
                        e.getMessage()));
            }
        }
        return false;
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        if (current != null) current.close();
    }

    private static StatesException fail(String cause) {
        return StatesException.inState(StatesErrors.ITEM_READER_FAILED, cause);
    }
}
