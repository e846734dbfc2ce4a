package dev.sfntest.cli.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cli.yaml.Location;
import dev.sfntest.cli.yaml.Problems;
import dev.sfntest.cli.yaml.YamlNode;
import dev.sfntest.cli.yaml.YamlReader;
import dev.sfntest.engine.expr.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a mock's {@code responseFile} / {@code responsesFile} into JSON at load time (they are small; item data
 * files are streamed by {@link MockItemSource} instead). CSV becomes a list of objects keyed by the header row,
 * values as strings; JSONL a list of its lines' values.
 */
final class ResponseFileReader {
    private ResponseFileReader() {}

    static Optional<JsonNode> read(Path file, DataFormat format, Location at, String keyPath, Problems problems) {
        try {
            return switch (format) {
                case JSON -> Optional.of(Json.MAPPER.readTree(file.toFile()));
                case JSONL -> Optional.of(jsonl(file));
                case CSV -> Optional.of(csv(file));
                case YAML -> YamlReader.read(file, problems).map(YamlNode::toJson);
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var where = e.getLocation();
            problems.add(at, keyPath, "cannot read " + format.id() + " file " + file
                    + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr()) + ": "
                    + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.add(at, keyPath, "cannot read " + format.id() + " file " + file + ": "
                    + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private static JsonNode jsonl(Path file) throws IOException {
        ArrayNode out = Json.NODES.arrayNode();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(Json.parse(line));
                } catch (IOException e) {
                    throw new IOException("line " + number + " is not JSON: " + firstLine(e.getMessage()), e);
                }
            }
        }
        return out;
    }

    private static JsonNode csv(Path file) throws IOException {
        ArrayNode out = Json.NODES.arrayNode();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                ObjectNode row = Json.NODES.objectNode();
                record.toMap().forEach(row::put);
                out.add(row);
            }
        }
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
