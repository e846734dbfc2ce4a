package dev.sfntest.engine.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderConfigTest {

    static ReaderConfig parse(String json) throws IOException {
        return ReaderConfig.parse(Json.parse(json));
    }

    @Test
    void readsACsvReaderConfigWithGivenHeadersAndDelimiter() throws IOException {
        ReaderConfig rc = parse("""
                {"Resource": "arn:aws:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVHeaders": ["H1", "H2"],
                                  "CSVDelimiter": "SEMICOLON", "MaxItems": 5},
                 "Parameters": {"Bucket.$": "$.Bucket", "Key.$": "$.Key"}}""");
        assertThat(rc.inputType()).isEqualTo(ReaderConfig.InputType.CSV);
        assertThat(rc.csvHeaderLocation()).isEqualTo(ReaderConfig.CsvHeaderLocation.GIVEN);
        assertThat(rc.csvHeaders()).containsExactly("H1", "H2");
        assertThat(rc.csvDelimiter().character()).isEqualTo(';');
        assertThat(rc.maxItems()).isEqualTo(5);
        assertThat(rc.listsObjects()).isFalse();
    }

    @Test
    void defaultsToFirstRowHeadersAndCommas() throws IOException {
        ReaderConfig rc = parse("{\"Resource\": \"arn:aws:states:::s3:getObject\", "
                + "\"ReaderConfig\": {\"InputType\": \"CSV\"}}");
        assertThat(rc.csvHeaderLocation()).isEqualTo(ReaderConfig.CsvHeaderLocation.FIRST_ROW);
        assertThat(rc.csvDelimiter()).isEqualTo(ReaderConfig.CsvDelimiter.COMMA);
        assertThat(rc.maxItems()).isNull();
    }

    @Test
    void acceptsListObjectsWithoutReaderConfigAndKeepsMaxItemsPath() throws IOException {
        ReaderConfig rc = parse("{\"Resource\": \"arn:aws:states:::s3:listObjectsV2\", "
                + "\"ReaderConfig\": {\"MaxItemsPath\": \"$.max\"}}");
        assertThat(rc.listsObjects()).isTrue();
        assertThat(rc.inputType()).isNull();
        assertThat(rc.maxItemsExpression()).isEqualTo("$.max");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> parse("""
                {"Resource": "arn:aws:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "csv", "CSVHeaderLocation": "GIVEN", "MaxItems": -1,
                                  "CSVDelimitter": "PIPE"}}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("InputType 'csv' is not one of [CSV, JSON, JSONL, MANIFEST, PARQUET]; did you "
                        + "mean 'CSV'?")
                .hasMessageContaining("unknown field 'CSVDelimitter'")
                .hasMessageContaining("MaxItems must be an integer between 0 and 100000000")
                .hasMessageContaining("CSVHeaders is required when CSVHeaderLocation is GIVEN");
    }

    @Test
    void rejectsCsvOptionsForOtherInputTypesAndAnUnknownResource() {
        for (String bad : List.of(
                "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", "
                        + "\"CSVDelimiter\": \"PIPE\"}}",
                "{\"Resource\": \"arn:aws:states:::s3:putObject\", \"ReaderConfig\": {\"InputType\": \"JSON\"}}",
                "{\"Resource\": \"arn:aws:states:::s3:getObject\"}",
                "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\", "
                        + "\"CSVHeaderLocation\": \"GIVEN\", \"CSVHeaders\": [\"a\", \"a\"]}}")) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
