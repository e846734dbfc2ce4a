package dev.sfntest.cli.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML CloudFormation template into the JSON form CloudFormation itself works on: the short-form tags
 * become their long forms ({@code !Ref X} → {@code {"Ref": "X"}}, {@code !GetAtt A.B} → {@code {"Fn::GetAtt":
 * ["A", "B"]}}, {@code !Sub …} → {@code {"Fn::Sub": …}}). See
 * <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html">the
 * intrinsic function reference</a>.
 */
public final class CloudFormationYaml {
    private final Path file;
    private final Problems problems;
    private final ScalarTyping scalars = new ScalarTyping();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    private CloudFormationYaml(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The template as JSON; empty (with problems at file:line:column) when it is not valid YAML. */
    public static Optional<JsonNode> read(Path file, Reader text, Problems problems) {
        CloudFormationYaml reader = new CloudFormationYaml(file, problems);
        return YamlReader.compose(file, text, problems).map(reader::convert);
    }

    private JsonNode convert(Node node) {
        if (!inProgress.add(node)) {
            problems.add(YamlReader.location(file, node.getStartMark()), "", "recursive alias");
            return Json.NODES.nullNode();
        }
        JsonNode value = untagged(node);
        inProgress.remove(node);
        if (!isShortForm(node)) {
            return value;
        }
        String function = node.getTag().getValue().substring(1);
        ObjectNode longForm = Json.NODES.objectNode();
        if (function.equals("Ref") || function.equals("Condition")) {
            return longForm.set(function, value);
        }
        if (function.equals("GetAtt") && value.isTextual()) {
            // "A.B.C" is resource A's attribute "B.C": only the first dot separates them.
            String text = value.asText();
            int dot = text.indexOf('.');
            if (dot < 0) {
                problems.add(YamlReader.location(file, node.getStartMark()), "",
                        "!GetAtt needs 'Resource.Attribute', not '" + text + "'");
                return value;
            }
            value = Json.NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1));
        }
        return longForm.set("Fn::" + function, value);
    }

    /** Local tags ({@code !Ref}); YAML's own ({@code !!str}) resolve to {@code tag:yaml.org,2002:…}. */
    private static boolean isShortForm(Node node) {
        return node.getTag().getValue().startsWith("!");
    }

    private JsonNode untagged(Node node) {
        if (node instanceof MappingNode m) {
            ObjectNode object = Json.NODES.objectNode();
            for (NodeTuple tuple : m.getValue()) {
                Node key = tuple.getKeyNode();
                if (!(key instanceof ScalarNode scalarKey)) {
                    problems.add(YamlReader.location(file, key.getStartMark()), "",
                            "a mapping key must be a plain value, not a list or mapping");
                    continue;
                }
                if (object.has(scalarKey.getValue())) {
                    problems.add(YamlReader.location(file, key.getStartMark()), "",
                            "duplicate key '" + scalarKey.getValue() + "'");
                    continue;
                }
                object.set(scalarKey.getValue(), convert(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            ArrayNode array = Json.NODES.arrayNode(items.size());
            items.forEach(item -> array.add(convert(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        // A tagged scalar (!Ref X) has no YAML type of its own: its text is the argument.
        return isShortForm(node) ? Json.NODES.textNode(scalar.getValue())
                : scalars.value(node.getTag(), scalar.getValue(), YamlReader.location(file, node.getStartMark()),
                        problems);
    }
}
