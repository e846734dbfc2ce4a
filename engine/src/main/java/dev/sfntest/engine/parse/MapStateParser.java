package dev.sfntest.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import dev.sfntest.engine.map.ReaderConfig;
import dev.sfntest.engine.model.ItemBatcherSpec;
import dev.sfntest.engine.model.ItemReaderSpec;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.model.QueryLanguage;
import dev.sfntest.engine.model.ResultWriterSpec;
import dev.sfntest.engine.model.StateCommon;
import dev.sfntest.engine.model.StateMachine;
import java.util.Set;

/** Parses a Map state: processor, items, selector, and the Distributed Map parts. */
final class MapStateParser {
    private final Problems problems;
    private final DefinitionParser machines;

    MapStateParser(Problems problems, DefinitionParser machines) {
        this.problems = problems;
        this.machines = machines;
    }

    MapState map(StateCommon common, JsonNode node, String pointer, QueryLanguage language) {
        boolean jsonata = language == QueryLanguage.JSONATA;
        String processorField = node.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        JsonNode processorNode = node.get(processorField);
        StateMachine processor = null;
        boolean distributed = false;
        String executionType = null;
        if (processorNode == null || !processorNode.isObject()) {
            problems.add("MISSING_FIELD", pointer + "/ItemProcessor", "a Map state needs an 'ItemProcessor' object.");
        } else {
            processor = machines.machine(processorNode, pointer + "/" + processorField, language, false);
            JsonNode config = processorNode.get("ProcessorConfig");
            if (config != null) {
                machines.unknownFields(config, Set.of("Mode", "ExecutionType"), pointer + "/" + processorField + "/ProcessorConfig", "ProcessorConfig");
                String mode = problems.string(config, "Mode", pointer + "/" + processorField + "/ProcessorConfig");
                distributed = "DISTRIBUTED".equals(mode);
                if (mode != null && !distributed && !"INLINE".equals(mode)) {
                    problems.add("INVALID_VALUE", pointer + "/" + processorField + "/ProcessorConfig/Mode", "'Mode' must be INLINE or DISTRIBUTED.");
                }
                executionType = problems.string(config, "ExecutionType", pointer + "/" + processorField + "/ProcessorConfig");
                if (distributed && executionType != null && !Set.of("STANDARD", "EXPRESS").contains(executionType)) {
                    problems.add("INVALID_VALUE", pointer + "/" + processorField + "/ProcessorConfig/ExecutionType", "'ExecutionType' must be STANDARD or EXPRESS.");
                }
            }
        }
        JsonPathExpression itemsPath = jsonata ? null : problems.path(node, "ItemsPath", pointer);
        ValueTemplate items = jsonata ? arrayChecked(node, pointer) : null;
        String selectorField = node.has("ItemSelector") ? "ItemSelector" : "Parameters";
        ValueTemplate itemSelector = jsonata ? problems.jsonataTemplate(node, "ItemSelector", pointer, "ItemSelector")
                : problems.jsonPathTemplate(node, selectorField, pointer);
        ValueSource maxConcurrency = problems.valueSource(node, "MaxConcurrency", jsonata ? null : "MaxConcurrencyPath", pointer, jsonata);
        ItemReaderSpec reader = itemReader(node.get("ItemReader"), pointer + "/ItemReader", jsonata);
        ItemBatcherSpec batcher = itemBatcher(node.get("ItemBatcher"), pointer + "/ItemBatcher", jsonata);
        ResultWriterSpec writer = resultWriter(node.get("ResultWriter"), pointer + "/ResultWriter", jsonata);
        if (!distributed) {
            // The ToleratedFailure… fields are not in this list: AWS accepts them on an inline Map (and has no use
            // for them there), corpus evaluate_jsonata/test_base_evaluate_expressions.test_base_map_from_input
            // .TOLERATED_FAILURE_COUNT and .TOLERATED_FAILURE_PERCENTAGE.
            for (String f : new String[] {"ItemReader", "ItemBatcher", "ResultWriter", "Label"}) {
                if (node.has(f)) {
                    problems.add("UNSUPPORTED_FIELD", pointer + "/" + f, "Field '" + f
                            + "' is only supported when ItemProcessor.ProcessorConfig.Mode is DISTRIBUTED.");
                }
            }
        }
        return new MapState(common, processor, distributed, executionType, itemsPath, items, itemSelector,
                maxConcurrency, reader, batcher,
                problems.valueSource(node, "ToleratedFailurePercentage", jsonata ? null : "ToleratedFailurePercentagePath", pointer, jsonata),
                problems.valueSource(node, "ToleratedFailureCount", jsonata ? null : "ToleratedFailureCountPath", pointer, jsonata),
                writer, problems.string(node, "Label", pointer),
                jsonata ? null : machines.compileSelector(node, pointer),
                jsonata ? null : problems.resultPath(node, pointer),
                new ResilienceParser(problems).parse(node, pointer, language));
    }

    /** JSONata Items, failing with AWS's cause when the expression does not give an array. */
    private ValueTemplate arrayChecked(JsonNode node, String pointer) {
        ValueTemplate t = problems.jsonataTemplate(node, "Items", pointer, "Items");
        if (t == null) return null;
        String text = node.get("Items").isTextual() ? node.get("Items").asText() : node.get("Items").toString();
        return ctx -> {
            JsonNode v = t.evaluate(ctx);
            if (v == null || !v.isArray()) throw Causes.jsonataUnexpectedType(text, "Items", "array", v);
            return v;
        };
    }

    private ItemReaderSpec itemReader(JsonNode node, String pointer, boolean jsonata) {
        if (node == null) return null;
        if (!node.isObject()) {
            problems.add("WRONG_TYPE", pointer, "'ItemReader' must be an object.");
            return null;
        }
        machines.unknownFields(node, jsonata ? Set.of("Resource", "ReaderConfig", "Arguments")
                : Set.of("Resource", "ReaderConfig", "Parameters"), pointer, "an ItemReader");
        String resource = problems.string(node, "Resource", pointer);
        if (resource == null) problems.add("MISSING_FIELD", pointer + "/Resource", "an ItemReader needs 'Resource'.");
        ReaderConfig config = problems.compile(pointer, () -> ReaderConfig.parse(node));
        JsonNode rc = node.get("ReaderConfig");
        ValueSource maxItems = rc == null ? null
                : problems.valueSource(rc, "MaxItems", jsonata ? null : "MaxItemsPath", pointer + "/ReaderConfig", jsonata);
        ValueTemplate args = jsonata ? problems.jsonataTemplate(node, "Arguments", pointer, "ItemReader/Arguments")
                : problems.jsonPathTemplate(node, "Parameters", pointer);
        return new ItemReaderSpec(resource, args, config, maxItems);
    }

    private ItemBatcherSpec itemBatcher(JsonNode node, String pointer, boolean jsonata) {
        if (node == null) return null;
        if (!node.isObject()) {
            problems.add("WRONG_TYPE", pointer, "'ItemBatcher' must be an object.");
            return null;
        }
        machines.unknownFields(node, jsonata ? Set.of("MaxItemsPerBatch", "MaxInputBytesPerBatch", "BatchInput")
                : Set.of("MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath",
                        "BatchInput"), pointer, "an ItemBatcher");
        ValueSource maxItems = problems.valueSource(node, "MaxItemsPerBatch", jsonata ? null : "MaxItemsPerBatchPath", pointer, jsonata);
        ValueSource maxBytes = problems.valueSource(node, "MaxInputBytesPerBatch", jsonata ? null : "MaxInputBytesPerBatchPath", pointer, jsonata);
        if (maxItems == null && maxBytes == null) {
            problems.add("MISSING_FIELD", pointer, "an ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch (or their Path forms).");
        }
        ValueTemplate batchInput = jsonata ? problems.jsonataTemplate(node, "BatchInput", pointer, "BatchInput")
                : problems.jsonPathTemplate(node, "BatchInput", pointer);
        return new ItemBatcherSpec(maxItems, maxBytes, batchInput);
    }

    private ResultWriterSpec resultWriter(JsonNode node, String pointer, boolean jsonata) {
        if (node == null) return null;
        if (!node.isObject()) {
            problems.add("WRONG_TYPE", pointer, "'ResultWriter' must be an object.");
            return null;
        }
        machines.unknownFields(node, jsonata ? Set.of("Resource", "Arguments", "WriterConfig")
                : Set.of("Resource", "Parameters", "WriterConfig"), pointer, "a ResultWriter");
        ValueTemplate args = jsonata ? problems.jsonataTemplate(node, "Arguments", pointer, "ResultWriter/Arguments")
                : problems.jsonPathTemplate(node, "Parameters", pointer);
        return new ResultWriterSpec(problems.string(node, "Resource", pointer), args, node.get("WriterConfig"));
    }
}
