package dev.sfntest.engine.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One ItemReader read.
 *
 * @param stateName  the Map state's name
 * @param statePath  where the Map sits, e.g. {@code "Outer[0].Inner"}; the plain name at the top level
 * @param resource   the reader's Resource, e.g. {@code arn:aws:states:::s3:getObject}
 * @param arguments  the reader's evaluated Parameters/Arguments ({@code Bucket}, {@code Key}, {@code Prefix} …)
 * @param inputType  ReaderConfig.InputType (CSV, JSON, JSONL, MANIFEST) or null (e.g. listObjectsV2)
 */
public record ItemRequest(String stateName, String statePath, String resource, JsonNode arguments,
                          String inputType) {}
