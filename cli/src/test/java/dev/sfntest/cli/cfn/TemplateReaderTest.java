package dev.sfntest.cli.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateReaderTest {
    @TempDir
    Path dir;

    private Template read(String name, String text) throws IOException {
        return TemplateReader.read(Files.writeString(dir.resolve(name), text));
    }

    private JsonNode yamlValue(String value) throws IOException {
        return read("t.yaml", "Resources:\n  R:\n    Type: X\n    Properties:\n      V: " + value + "\n")
                .properties("R").get("V");
    }

    @Test
    void readsShortFormTagsAsTheirLongForms() throws IOException {
        assertThat(Json.write(yamlValue("!Ref Bucket"))).isEqualTo("{\"Ref\":\"Bucket\"}");
        assertThat(Json.write(yamlValue("!GetAtt Fn.Arn"))).isEqualTo("{\"Fn::GetAtt\":[\"Fn\",\"Arn\"]}");
        assertThat(Json.write(yamlValue("!GetAtt Db.Endpoint.Address")))
                .isEqualTo("{\"Fn::GetAtt\":[\"Db\",\"Endpoint.Address\"]}");
        assertThat(Json.write(yamlValue("!GetAtt [Fn, Arn]"))).isEqualTo("{\"Fn::GetAtt\":[\"Fn\",\"Arn\"]}");
        assertThat(Json.write(yamlValue("!Sub 'arn:${AWS::Partition}:x'")))
                .isEqualTo("{\"Fn::Sub\":\"arn:${AWS::Partition}:x\"}");
        assertThat(Json.write(yamlValue("!Sub ['${A}', {A: !Ref B}]")))
                .isEqualTo("{\"Fn::Sub\":[\"${A}\",{\"A\":{\"Ref\":\"B\"}}]}");
        assertThat(Json.write(yamlValue("!Join ['', [a, !Ref B]]")))
                .isEqualTo("{\"Fn::Join\":[\"\",[\"a\",{\"Ref\":\"B\"}]]}");
        assertThat(Json.write(yamlValue("!Select [0, !GetAZs '']")))
                .isEqualTo("{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}");
        assertThat(Json.write(yamlValue("!If [IsProd, !Split [',', 'a,b'], !FindInMap [M, K, V]]")))
                .isEqualTo("{\"Fn::If\":[\"IsProd\",{\"Fn::Split\":[\",\",\"a,b\"]},{\"Fn::FindInMap\":[\"M\",\"K\",\"V\"]}]}");
        assertThat(Json.write(yamlValue("!ImportValue Shared"))).isEqualTo("{\"Fn::ImportValue\":\"Shared\"}");
        assertThat(Json.write(yamlValue("!Base64 abc"))).isEqualTo("{\"Fn::Base64\":\"abc\"}");
        assertThat(Json.write(yamlValue("!And [!Equals [a, b], !Or [!Not [!Condition C]]]")))
                .isEqualTo("{\"Fn::And\":[{\"Fn::Equals\":[\"a\",\"b\"]},{\"Fn::Or\":[{\"Fn::Not\":"
                        + "[{\"Condition\":\"C\"}]}]}]}");
    }

    @Test
    void typesPlainYamlScalarsAndKeepsLongForms() throws IOException {
        Template t = read("t.yml", """
                Resources:
                  R:
                    Type: X
                    Properties: { N: 3, B: true, S: "3", L: { 'Fn::GetAtt': [A, Arn] } }
                """);
        assertThat(Json.write(t.properties("R"))).isEqualTo("{\"N\":3,\"B\":true,\"S\":\"3\",\"L\":{\"Fn::GetAtt\":[\"A\",\"Arn\"]}}");
    }

    @Test
    void reportsYamlThatIsNotValidAtItsLineAndColumn() {
        Throwable e = catchThrowable(() -> read("t.yaml", "Resources:\n  R: [a, b\n"));
        assertThat(e).isInstanceOf(UserInputException.class)
                .hasMessageStartingWith(dir.resolve("t.yaml") + ":3:1: invalid YAML");
    }

    @Test
    void reportsAGetAttWithoutAttributeAtItsPosition() {
        Throwable e = catchThrowable(() -> read("t.yaml", "Resources:\n  R: !GetAtt Fn\n"));
        assertThat(e).hasMessage(dir.resolve("t.yaml") + ":2:6: !GetAtt needs 'Resource.Attribute', not 'Fn'");
    }

    @Test
    void reportsJsonThatIsNotValidAtItsLineAndColumn() {
        Throwable e = catchThrowable(() -> read("t.template.json", "{\n  \"Resources\": {,}\n}"));
        assertThat(e).isInstanceOf(UserInputException.class)
                .hasMessageStartingWith(dir.resolve("t.template.json") + ":2:17: the template is not valid JSON");
    }

    @Test
    void reportsDuplicateKeys() {
        assertThat(catchThrowable(() -> read("t.yaml", "Resources: {}\nResources: {}\n")))
                .hasMessageContaining(":2:1: duplicate key 'Resources'");
        assertThat(catchThrowable(() -> read("t.json", "{\"Resources\": {}, \"Resources\": {}}")))
                .hasMessageContaining("Duplicate field 'Resources'");
    }

    @Test
    void refusesAFileWithoutResources() {
        assertThat(catchThrowable(() -> read("t.json", "{\"Outputs\": {}}")))
                .hasMessage(dir.resolve("t.json") + ": not a CloudFormation template: it has no 'Resources' mapping.");
    }

    @Test
    void namesAMissingTemplate() {
        assertThat(catchThrowable(() -> TemplateReader.read(dir.resolve("gone.json"))))
                .hasMessage(dir.resolve("gone.json") + ": CloudFormation template not found.");
    }
}
