package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The static parts of a Distributed Map's {@code ItemReader}: its Resource and ReaderConfig.
 *
 * <p>Mirrors <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html">ItemReader
 * (Map)</a>. {@code MaxItemsPath} and a JSONata {@code MaxItems} are kept as {@link #maxItemsExpression()} for the
 * Map executor to evaluate; the value it gets is passed to {@link ItemReaders#open}.
 *
 * @param resource           e.g. {@code arn:aws:states:::s3:getObject} or {@code ...:s3:listObjectsV2}
 * @param inputType          null when the reader lists objects (listObjectsV2 without ReaderConfig.InputType)
 * @param csvHeaderLocation  for CSV; FIRST_ROW when not given
 * @param csvHeaders         the given headers (GIVEN), else an empty list
 * @param csvDelimiter       for CSV; COMMA when not given
 * @param maxItems           the static MaxItems (0 = no limit), or null when absent or dynamic
 * @param maxItemsExpression MaxItemsPath's path, or the JSONata {@code "{% ... %}"} text of MaxItems; else null
 * @param itemsPointer       JSON Pointer to the array inside a JSON object (ReaderConfig.ItemsPointer), else null
 * @param manifestType       MANIFEST's ManifestType (S3_INVENTORY, ATHENA_DATA), else null
 */
public record ReaderConfig(String resource,
                           InputType inputType,
                           CsvHeaderLocation csvHeaderLocation,
                           List<String> csvHeaders,
                           CsvDelimiter csvDelimiter,
                           Integer maxItems,
                           String maxItemsExpression,
                           String itemsPointer,
                           String manifestType) {

    /** AWS's upper bound for MaxItems (recorded case test_map_item_reader_csv_max_items[100000000] accepts it). */
    public static final int MAX_ITEMS_LIMIT = 100_000_000;

    public enum InputType { CSV, JSON, JSONL, MANIFEST, PARQUET }

    public enum CsvHeaderLocation { FIRST_ROW, GIVEN }

    public enum CsvDelimiter {
        COMMA(','), PIPE('|'), SEMICOLON(';'), SPACE(' '), TAB('\t');

        private final char character;

        CsvDelimiter(char character) { this.character = character; }

        public char character() { return character; }
    }

    public ReaderConfig {
        csvHeaders = csvHeaders == null ? List.of() : List.copyOf(csvHeaders);
        if (csvHeaderLocation == null) csvHeaderLocation = CsvHeaderLocation.FIRST_ROW;
        if (csvDelimiter == null) csvDelimiter = CsvDelimiter.COMMA;
    }

    /** True when the Resource is {@code s3:listObjectsV2}: items are the objects under a prefix. */
    public boolean listsObjects() {
        return resource != null && resource.endsWith(":s3:listObjectsV2");
    }

    /**
     * Reads the ItemReader object of a Map state.
     *
     * @throws IllegalArgumentException listing every problem, when the definition is invalid
     */
    public static ReaderConfig parse(JsonNode itemReader) {
        List<String> problems = new ArrayList<>();
        if (itemReader == null || !itemReader.isObject()) {
            throw new IllegalArgumentException("ItemReader must be an object");
        }
        String resource = text(itemReader, "Resource", problems);
        if (resource == null) {
            problems.add("ItemReader.Resource is required");
        } else if (!resource.endsWith(":s3:getObject") && !resource.endsWith(":s3:listObjectsV2")) {
            problems.add("ItemReader.Resource '" + resource
                    + "' is not supported; use arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2");
        }
        JsonNode rc = itemReader.get("ReaderConfig");
        InputType inputType = null;
        CsvHeaderLocation location = null;
        List<String> headers = List.of();
        CsvDelimiter delimiter = null;
        Integer maxItems = null;
        String maxItemsExpression = null;
        String itemsPointer = null;
        String manifestType = null;
        if (rc != null && !rc.isObject()) {
            problems.add("ItemReader.ReaderConfig must be an object");
        } else if (rc != null) {
            Set<String> known = Set.of("InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "MaxItems",
                    "MaxItemsPath", "ItemsPointer", "ManifestType");
            rc.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) problems.add("ItemReader.ReaderConfig has an unknown field '" + f + "'");
            });
            inputType = enumValue(rc, "InputType", InputType.class, problems);
            location = enumValue(rc, "CSVHeaderLocation", CsvHeaderLocation.class, problems);
            delimiter = enumValue(rc, "CSVDelimiter", CsvDelimiter.class, problems);
            manifestType = text(rc, "ManifestType", problems);
            itemsPointer = text(rc, "ItemsPointer", problems);
            JsonNode h = rc.get("CSVHeaders");
            if (h != null) {
                if (!h.isArray()) {
                    problems.add("ItemReader.ReaderConfig.CSVHeaders must be an array of strings");
                } else {
                    List<String> list = new ArrayList<>();
                    for (JsonNode e : h) {
                        if (!e.isTextual()) problems.add("ItemReader.ReaderConfig.CSVHeaders must contain only strings");
                        else list.add(e.textValue());
                    }
                    if (new HashSet<>(list).size() < list.size()) {
                        problems.add("ItemReader.ReaderConfig.CSVHeaders cannot contain duplicates");
                    }
                    headers = list;
                }
            }
            JsonNode mi = rc.get("MaxItems");
            JsonNode mip = rc.get("MaxItemsPath");
            if (mi != null && mip != null) {
                problems.add("ItemReader.ReaderConfig may have MaxItems or MaxItemsPath, not both");
            }
            if (mi != null) {
                if (mi.isTextual() && mi.textValue().startsWith("{%")) {
                    maxItemsExpression = mi.textValue();
                } else if (!mi.isIntegralNumber() || !mi.canConvertToInt() || mi.intValue() < 0
                        || mi.intValue() > MAX_ITEMS_LIMIT) {
                    problems.add("ItemReader.ReaderConfig.MaxItems must be an integer between 0 and "
                            + MAX_ITEMS_LIMIT + ", got " + mi);
                } else {
                    maxItems = mi.intValue();
                }
            }
            if (mip != null) {
                if (!mip.isTextual()) problems.add("ItemReader.ReaderConfig.MaxItemsPath must be a string");
                else maxItemsExpression = mip.textValue();
            }
            if (inputType != InputType.CSV && inputType != null) {
                for (String f : List.of("CSVHeaderLocation", "CSVHeaders", "CSVDelimiter")) {
                    if (rc.has(f)) problems.add("ItemReader.ReaderConfig." + f + " is only allowed with InputType CSV");
                }
            }
            if (itemsPointer != null && inputType != InputType.JSON) {
                problems.add("ItemReader.ReaderConfig.ItemsPointer is only allowed with InputType JSON");
            }
            if (itemsPointer != null && !itemsPointer.isEmpty() && !itemsPointer.startsWith("/")) {
                problems.add("ItemReader.ReaderConfig.ItemsPointer must be a JSON Pointer starting with '/'");
            }
            if (inputType == InputType.PARQUET) {
                problems.add("ItemReader.ReaderConfig.InputType PARQUET is not supported by sfn-test");
            }
        }
        if (location == CsvHeaderLocation.GIVEN && headers.isEmpty()) {
            problems.add("ItemReader.ReaderConfig.CSVHeaders is required when CSVHeaderLocation is GIVEN");
        }
        if (location != CsvHeaderLocation.GIVEN && !headers.isEmpty()) {
            problems.add("ItemReader.ReaderConfig.CSVHeaders is only allowed when CSVHeaderLocation is GIVEN");
        }
        if (resource != null && resource.endsWith(":s3:getObject") && inputType == null) {
            problems.add("ItemReader.ReaderConfig.InputType is required with s3:getObject");
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return new ReaderConfig(resource, inputType, location, headers, delimiter, maxItems, maxItemsExpression,
                itemsPointer, manifestType);
    }

    private static String text(JsonNode obj, String field, List<String> problems) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        return n.textValue();
    }

    private static <E extends Enum<E>> E enumValue(JsonNode obj, String field, Class<E> type,
                                                   List<String> problems) {
        String v = text(obj, "" + field, problems);
        if (v == null) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) return e;
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name());
        String hint = "";
        for (String n : names) {
            if (n.equals(v.toUpperCase(Locale.ROOT))) hint = "; did you mean '" + n + "'?";
        }
        problems.add("ItemReader.ReaderConfig." + field + " '" + v + "' is not one of " + names + hint);
        return null;
    }
}
