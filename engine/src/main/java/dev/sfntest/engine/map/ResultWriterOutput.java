package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports a Map Run's child results the way a Distributed Map's {@code ResultWriter} does, to a local folder that
 * stands in for S3: {@code <root>/<Bucket>/<Prefix>/<map run id>/manifest.json} plus {@code SUCCEEDED_0.json} and
 * {@code FAILED_0.json} (only when there are such executions; PENDING is always empty here), and returns the state
 * result {@code {"MapRunArn": ..., "ResultWriterDetails": {"Bucket": ..., "Key": "<Prefix>/<id>/manifest.json"}}}.
 *
 * <p>Formats from <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html">
 * ResultWriter (Map)</a>: a result file is a JSON array (JSONL: one per line) of entries with ExecutionArn, Input and
 * Output as JSON strings, InputDetails/OutputDetails {"Included": true}, Name, RedriveCount/RedriveStatus,
 * StartDate, StateMachineArn, Status, StopDate, and Error/Cause for failures. The manifest has DestinationBucket,
 * MapRunArn and ResultFiles {FAILED, PENDING, SUCCEEDED} of {Key, Size}. WriterConfig.Transformation COMPACT writes
 * only the outputs, FLATTEN also splices array outputs into the list; failed executions stay full entries.
 */
public final class ResultWriterOutput {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_INSTANT;

    private final Path root;

    /** @param root the folder that holds one sub-folder per bucket */
    public ResultWriterOutput(Path root) {
        this.root = root;
    }

    /** ResultWriter.WriterConfig; {@link #DEFAULT} when only Resource and Parameters are given. */
    public record WriterConfig(Transformation transformation, OutputType outputType) {
        public static final WriterConfig DEFAULT = new WriterConfig(Transformation.NONE, OutputType.JSON);

        public WriterConfig {
            if (transformation == null) transformation = Transformation.NONE;
            if (outputType == null) outputType = OutputType.JSON;
        }

        /** Reads a WriterConfig object; null gives {@link #DEFAULT}. */
        public static WriterConfig parse(JsonNode node) {
            if (node == null || node.isNull()) return DEFAULT;
            if (!node.isObject()) throw new IllegalArgumentException("ResultWriter.WriterConfig must be an object");
            return new WriterConfig(enumValue(node, "Transformation", Transformation.class),
                    enumValue(node, "OutputType", OutputType.class));
        }

        private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type) {
            JsonNode v = node.get(field);
            if (v == null) return null;
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.asText())) return e;
            }
            throw new IllegalArgumentException("ResultWriter.WriterConfig." + field + " '" + v.asText()
                    + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    public enum Transformation { NONE, COMPACT, FLATTEN }

    public enum OutputType { JSON, JSONL }

    /**
     * Writes the result files and the manifest.
     *
     * @param bucket    the evaluated Bucket
     * @param prefix    the evaluated Prefix (may be empty or null)
     * @param mapRunArn the Map Run's ARN; its last {@code :} segment is the folder name
     * @return the Map state's result
     * @throws StatesException {@code States.ResultWriterFailed} when the files cannot be written
     */
    public JsonNode write(String bucket, String prefix, String mapRunArn, List<ChildResult> results,
                          WriterConfig config) {
        String p = prefix == null ? "" : prefix;
        if (!p.isEmpty() && !p.endsWith("/")) p += "/";
        String base = p + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
        String ext = config.outputType() == OutputType.JSONL ? ".jsonl" : ".json";
        List<ChildResult> succeeded = new ArrayList<>();
        List<ChildResult> failed = new ArrayList<>();
        for (ChildResult r : results) (r.succeeded() ? succeeded : failed).add(r);

        ObjectNode files = Json.NODES.objectNode();
        files.set("FAILED", writeFile(bucket, base + "FAILED_0" + ext, failed, config));
        files.set("PENDING", Json.NODES.arrayNode());
        files.set("SUCCEEDED", writeFile(bucket, base + "SUCCEEDED_0" + ext, succeeded, config));
        ObjectNode manifest = Json.NODES.objectNode();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", mapRunArn);
        manifest.set("ResultFiles", files);
        String manifestKey = base + "manifest.json";
        put(bucket, manifestKey, Json.write(manifest).getBytes(StandardCharsets.UTF_8));

        ObjectNode out = Json.NODES.objectNode();
        out.put("MapRunArn", mapRunArn);
        ObjectNode details = out.putObject("ResultWriterDetails");
        details.put("Bucket", bucket);
        details.put("Key", manifestKey);
        return out;
    }

    /**
     * The results as the state output when ResultWriter has only a WriterConfig (nothing is exported): an array
     * in input order, transformed as configured.
     */
    public static ArrayNode transform(List<ChildResult> results, WriterConfig config) {
        ArrayNode out = Json.NODES.arrayNode();
        for (ChildResult r : results) addTransformed(out, r, config.transformation());
        return out;
    }

    private ArrayNode writeFile(String bucket, String key, List<ChildResult> entries, WriterConfig config) {
        ArrayNode listing = Json.NODES.arrayNode();
        if (entries.isEmpty()) return listing;
        ArrayNode values = Json.NODES.arrayNode();
        for (ChildResult r : entries) addTransformed(values, r, config.transformation());
        byte[] bytes;
        if (config.outputType() == OutputType.JSONL) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode v : values) sb.append(Json.write(v)).append('\n');
            bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = Json.write(values).getBytes(StandardCharsets.UTF_8);
        }
        put(bucket, key, bytes);
        ObjectNode file = listing.addObject();
        file.put("Key", key);
        file.put("Size", bytes.length);
        return listing;
    }

    private static void addTransformed(ArrayNode out, ChildResult r, Transformation t) {
        if (t == Transformation.NONE || !r.succeeded()) {
            out.add(entry(r));
        } else if (t == Transformation.FLATTEN && r.output() != null && r.output().isArray()) {
            out.addAll((ArrayNode) r.output());
        } else {
            out.add(r.output() == null ? Json.NODES.nullNode() : r.output());
        }
    }

    /** One entry of a result file, keys in AWS's (alphabetical) order. */
    static ObjectNode entry(ChildResult r) {
        ObjectNode e = Json.NODES.objectNode();
        if (!r.succeeded()) {
            if (r.cause() != null) e.put("Cause", r.cause());
            if (r.error() != null) e.put("Error", r.error());
        }
        e.put("ExecutionArn", r.executionArn());
        e.put("Input", r.input() == null ? "null" : Json.write(r.input()));
        e.putObject("InputDetails").put("Included", true);
        e.put("Name", r.name());
        if (r.succeeded()) {
            e.put("Output", r.output() == null ? "null" : Json.write(r.output()));
            e.putObject("OutputDetails").put("Included", true);
        }
        e.put("RedriveCount", 0);
        e.put("RedriveStatus", r.succeeded() ? "NOT_REDRIVABLE" : "REDRIVABLE_BY_MAP_RUN");
        if (r.succeeded()) e.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        e.put("StartDate", date(r.startDate()));
        e.put("StateMachineArn", r.stateMachineArn());
        e.put("Status", r.status());
        e.put("StopDate", date(r.stopDate()));
        return e;
    }

    private static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private void put(String bucket, String key, byte[] bytes) {
        Path bucketFolder = root.resolve(bucket).normalize();
        Path file = bucketFolder.resolve(key).normalize();
        if (!file.startsWith(bucketFolder)) {
            throw StatesException.inState(StatesErrors.RESULT_WRITER_FAILED,
                    "The result key " + key + " leaves the bucket folder.");
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(bytes);
            }
        } catch (IOException e) {
            throw StatesException.inState(StatesErrors.RESULT_WRITER_FAILED,
                    "Could not write s3://" + bucket + "/" + key + ": " + e.getMessage());
        }
    }
}
