package dev.sfntest.engine.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** What an {@link ItemSource} hands back: items already parsed, or the bytes of an S3 object. */
public sealed interface ItemData {

    /** Items given directly (an itemReader mock's inline {@code data}); ReaderConfig still applies MaxItems. */
    record Items(List<JsonNode> items) implements ItemData {}

    /**
     * The object's bytes, read lazily and streamed.
     *
     * @param format   how to parse them when known from the source (csv, json, jsonl, yaml), else null to follow
     *                 the ReaderConfig's InputType
     * @param name     a readable name for errors (file path or s3://bucket/key)
     */
    record Bytes(String format, String name, ByteSupplier bytes) implements ItemData {}

    @FunctionalInterface
    interface ByteSupplier {
        InputStream open() throws IOException;
    }
}
