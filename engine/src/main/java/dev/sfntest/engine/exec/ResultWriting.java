package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.map.ResultWriterOutput;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.model.ResultWriterSpec;
import java.nio.file.Path;

/**
 * A Distributed Map's ResultWriter: writes AWS's manifest and SUCCEEDED_/FAILED_/PENDING_ files under the local
 * result folder and returns {@code {"MapRunArn": …, "ResultWriterDetails": {"Bucket": …, "Key": …}}}.
 */
final class ResultWriting {
    private ResultWriting() {}

    static JsonNode write(MapState state, StateRun run, EvaluationContext ctx, String mapRunArn,
                          DistributedMapExecutor.MapRunResults results) {
        ResultWriterSpec spec = state.resultWriter();
        ResultWriterOutput.WriterConfig config = spec.writerConfig() == null
                ? ResultWriterOutput.WriterConfig.DEFAULT : ResultWriterOutput.WriterConfig.parse(spec.writerConfig());
        if (spec.resource() == null) {
            // Only a WriterConfig: nothing is exported, the transformed results are the output.
            return ResultWriterOutput.transform(results.records(), config);
        }
        JsonNode args = spec.arguments() == null ? Json.NODES.objectNode() : spec.arguments().evaluate(ctx);
        String bucket = args.path("Bucket").asText(null);
        if (bucket == null) {
            throw StatesException.inState(StatesErrors.RESULT_WRITER_FAILED, "The ResultWriter needs a Bucket.");
        }
        Path root = run.scope.execution.request.resultWriterRoot();
        if (root == null) root = Path.of(System.getProperty("java.io.tmpdir"), "sfn-test-results");
        ResultWriterOutput writer = new ResultWriterOutput(root);
        return writer.write(bucket, args.path("Prefix").asText(""), mapRunArn, results.records(), config);
    }
}
