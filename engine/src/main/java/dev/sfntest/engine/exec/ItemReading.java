package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.map.CloseableIterator;
import dev.sfntest.engine.map.ItemReaders;
import dev.sfntest.engine.model.ItemReaderSpec;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.spi.ItemData;
import dev.sfntest.engine.spi.ItemRequest;
import dev.sfntest.engine.spi.ItemSource;
import java.util.Optional;

/** Opens a Distributed Map's ItemReader: evaluates its arguments, finds the data, streams the items. */
final class ItemReading {
    private ItemReading() {}

    static CloseableIterator<JsonNode> open(MapState state, StateRun run, EvaluationContext ctx) {
        ItemReaderSpec spec = state.itemReader();
        JsonNode args = spec.arguments() == null ? Json.NODES.objectNode() : spec.arguments().evaluate(ctx);
        Integer maxItems = spec.maxItems() == null ? null : MapItems.nonNegativeInt(spec.maxItems(), ctx, 0);
        ItemRequest request = new ItemRequest(state.name(), run.statePath, spec.resource(), args,
                spec.readerConfig() == null || spec.readerConfig().inputType() == null ? null : spec.readerConfig().inputType().name());
        for (ItemSource source : run.scope.execution.request.itemSources()) {
            Optional<ItemData> data = source.open(request);
            if (data.isPresent()) return ItemReaders.open(spec.readerConfig(), data.get(), maxItems);
        }
        throw StatesException.inState(StatesErrors.ITEM_READER_FAILED, "No data for the ItemReader of '" + state.name()
                + "': nothing serves s3://" + args.path("Bucket").asText("?") + "/"
                + args.path("Key").asText(args.path("Prefix").asText("")) + " (add an itemReader mock for this state, "
                + "or put the object under the local S3 folder).");
    }
}
