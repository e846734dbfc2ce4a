package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.cli.yaml.CloudFormationYaml;
import dev.sfntest.cli.yaml.Problem;
import dev.sfntest.cli.yaml.Problems;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a CloudFormation template, JSON (what CDK writes) or YAML (with the short-form tags), and checks it has
 * the shape of one. A file that is not JSON/YAML is reported at file:line:column.
 */
final class TemplateReader {
    private TemplateReader() {}

    static Template read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": CloudFormation template not found.");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the CloudFormation template: " + e.getMessage());
        }
        JsonNode root = isJson(file, text) ? json(file, text) : yaml(file, text);
        if (!(root instanceof ObjectNode object) || !root.path("Resources").isObject()) {
            throw new UserInputException(file + ": not a CloudFormation template: it has no 'Resources' mapping.");
        }
        return new Template(file, object);
    }

    /** CDK writes {@code .json}; YAML templates may also be JSON, which a leading '{' gives away. */
    private static boolean isJson(Path file, String text) {
        return file.getFileName().toString().endsWith(".json") || text.stripLeading().startsWith("{");
    }

    private static JsonNode json(Path file, String text) {
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode root = parser.readValueAsTree();
            if (parser.nextToken() != null) {
                var at = parser.currentTokenLocation();
                throw new UserInputException(file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": the template is not valid JSON: unexpected '" + parser.getText()
                        + "' after the end of the template.");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new UserInputException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": the template is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the CloudFormation template: " + e.getMessage());
        }
    }

    private static JsonNode yaml(Path file, String text) {
        Problems problems = new Problems();
        Optional<JsonNode> root = CloudFormationYaml.read(file, new StringReader(text), problems);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems.all().stream().map(Problem::render)
                    .collect(Collectors.joining("\n")));
        }
        return root.orElseThrow();
    }
}
