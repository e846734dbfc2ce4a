package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterOutputTest {
    static final String MAP_RUN = "arn:aws:states:us-east-1:123456789012:mapRun:sm/TestMap:4a1c2e3f-0000-4000-8000-abcdef012345";
    static final Instant T0 = Instant.parse("2024-01-02T03:04:05.678Z");

    @TempDir
    Path root;

    static ChildResult ok(String name, String input, String output) throws IOException {
        return new ChildResult("arn:aws:states:us-east-1:123456789012:execution:sm/TestMap:" + name, name,
                "arn:aws:states:us-east-1:123456789012:stateMachine:sm/TestMap", "SUCCEEDED", Json.parse(input),
                Json.parse(output), null, null, T0, T0.plusMillis(20));
    }

    static ChildResult failed(String name) throws IOException {
        return new ChildResult("arn:x:" + name, name, "arn:sm", "FAILED", Json.parse("\"World\""), null,
                "Boom", "it broke", T0, T0.plusMillis(5));
    }

    @Test
    void returnsTheMapRunArnAndTheManifestLocation() throws IOException {
        // recorded case test_map_state_result_writer: Bucket result-bucket, Prefix mapJobs
        JsonNode out = new ResultWriterOutput(root).write("result-bucket", "mapJobs", MAP_RUN,
                List.of(ok("a", "\"Hello\"", "\"Hello\"")), ResultWriterOutput.WriterConfig.DEFAULT);
        assertThat(out).isEqualTo(Json.parse("{\"MapRunArn\": \"" + MAP_RUN + "\", \"ResultWriterDetails\": "
                + "{\"Bucket\": \"result-bucket\", \"Key\": \"mapJobs/4a1c2e3f-0000-4000-8000-abcdef012345/manifest.json\"}}"));
    }

    @Test
    void writesTheManifestAndOneFilePerStatus() throws IOException {
        new ResultWriterOutput(root).write("b", "jobs/", MAP_RUN,
                List.of(ok("a", "{\"x\":1}", "{\"y\":2}"), failed("c")), ResultWriterOutput.WriterConfig.DEFAULT);
        Path dir = root.resolve("b/jobs/4a1c2e3f-0000-4000-8000-abcdef012345");
        JsonNode manifest = Json.parse(Files.readString(dir.resolve("manifest.json")));
        assertThat(manifest.get("DestinationBucket").textValue()).isEqualTo("b");
        assertThat(manifest.get("MapRunArn").textValue()).isEqualTo(MAP_RUN);
        assertThat(manifest.at("/ResultFiles/PENDING")).isEmpty();
        JsonNode succeededFile = manifest.at("/ResultFiles/SUCCEEDED/0");
        assertThat(succeededFile.get("Key").textValue())
                .isEqualTo("jobs/4a1c2e3f-0000-4000-8000-abcdef012345/SUCCEEDED_0.json");
        assertThat(succeededFile.get("Size").longValue()).isEqualTo(Files.size(dir.resolve("SUCCEEDED_0.json")));

        JsonNode entry = Json.parse(Files.readString(dir.resolve("SUCCEEDED_0.json"))).get(0);
        assertThat(entry.get("Input").textValue()).isEqualTo("{\"x\":1}");
        assertThat(entry.get("Output").textValue()).isEqualTo("{\"y\":2}");
        assertThat(entry.get("Status").textValue()).isEqualTo("SUCCEEDED");
        assertThat(entry.get("StartDate").textValue()).isEqualTo("2024-01-02T03:04:05.678Z");
        JsonNode failure = Json.parse(Files.readString(dir.resolve("FAILED_0.json"))).get(0);
        assertThat(failure.get("Error").textValue()).isEqualTo("Boom");
        assertThat(failure.get("Cause").textValue()).isEqualTo("it broke");
        assertThat(failure.has("Output")).isFalse();
    }

    @Test
    void writesOnlyOutputsWithCompactAndSplicesArraysWithFlatten() throws IOException {
        List<ChildResult> results = List.of(ok("a", "1", "[1,2]"), ok("b", "2", "3"));
        assertThat(ResultWriterOutput.transform(results, new ResultWriterOutput.WriterConfig(
                ResultWriterOutput.Transformation.COMPACT, null))).isEqualTo(Json.parse("[[1,2],3]"));
        assertThat(ResultWriterOutput.transform(results, new ResultWriterOutput.WriterConfig(
                ResultWriterOutput.Transformation.FLATTEN, null))).isEqualTo(Json.parse("[1,2,3]"));
    }

    @Test
    void writesJsonLinesFilesWhenAsked() throws IOException {
        new ResultWriterOutput(root).write("b", "", MAP_RUN, List.of(ok("a", "1", "1"), ok("b", "2", "2")),
                ResultWriterOutput.WriterConfig.parse(Json.parse("{\"OutputType\": \"JSONL\", \"Transformation\": \"COMPACT\"}")));
        assertThat(Files.readString(root.resolve("b/4a1c2e3f-0000-4000-8000-abcdef012345/SUCCEEDED_0.jsonl")))
                .isEqualTo("1\n2\n");
    }
}
