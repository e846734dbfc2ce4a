package dev.sfntest.cli.mock;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The formats a mock's response or data file may have ({@code responseFormat}, {@code dataFormat}). */
public enum DataFormat {
    JSON, CSV, JSONL, YAML;

    static final Map<String, DataFormat> NAMES = new java.util.LinkedHashMap<>();

    static {
        for (DataFormat f : values()) {
            NAMES.put(f.id(), f);
        }
    }

    /** The lower-case name used in files and in {@code ItemData.Bytes#format}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By file extension: .json, .csv, .jsonl/.ndjson, .yaml/.yml. */
    public static Optional<DataFormat> fromExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
