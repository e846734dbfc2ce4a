package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.engine.expr.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves CloudFormation's intrinsic functions in a value, giving what a deployment would plausibly give:
 * parameters take their {@code Default}, pseudo parameters come from {@link AwsEnvironment}, resources become
 * the ARNs, URLs and names of {@link ResourceValues}. See the
 * <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html">
 * intrinsic function reference</a>. What cannot be resolved is an error naming the template and the JSON path.
 */
final class IntrinsicResolver {
    private final Template template;
    private final AwsEnvironment env;
    private final ResourceValues values;
    /** Resources whose names, and conditions whose values, are being worked out: a cycle is an error. */
    private final Set<String> inProgress = new HashSet<>();

    IntrinsicResolver(Template template, AwsEnvironment env) {
        this.template = template;
        this.env = env;
        this.values = new ResourceValues(env);
    }

    /**
     * {@code node} with every intrinsic function replaced by its value. A value that is {@code Ref: AWS::NoValue}
     * comes back as a missing node, and is left out of the object or array that holds it.
     *
     * @param path where {@code node} is in the template, for messages ({@code Resources.M.Properties.Definition})
     */
    JsonNode resolve(JsonNode node, String path) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return call(key, node.get(key), path + "." + key);
            }
        }
        if (node.isObject()) {
            ObjectNode out = Json.NODES.objectNode();
            node.fields().forEachRemaining(e -> {
                JsonNode value = resolve(e.getValue(), path + "." + e.getKey());
                if (!value.isMissingNode()) out.set(e.getKey(), value);
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.NODES.arrayNode(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode value = resolve(node.get(i), path + "[" + i + "]");
                if (!value.isMissingNode()) out.add(value);
            }
            return out;
        }
        return node;
    }

    /** {@link #resolve} for a value that must end up a string (numbers and booleans read as their text). */
    String text(JsonNode node, String path) {
        JsonNode value = resolve(node, path);
        if (value.isTextual() || value.isNumber() || value.isBoolean()) return value.asText();
        if (value.isMissingNode()) return "";
        throw fail(path, "expected a string here, not " + Json.write(value));
    }

    private JsonNode call(String function, JsonNode args, String path) {
        return switch (function) {
            case "Ref" -> ref(text(args, path), path);
            case "Fn::GetAtt" -> getAtt(args, path);
            case "Fn::Join" -> join(args(args, 2, path), path);
            case "Fn::Sub" -> sub(args, path);
            case "Fn::Select" -> select(args(args, 2, path), path);
            case "Fn::Split" -> split(args(args, 2, path), path);
            // Conditions depend on the deployment's parameters, which a test does not have: the first branch
            // stands for the deployed value.
            case "Fn::If" -> resolve(args(args, 3, path).get(1), path + "[1]");
            case "Fn::ImportValue" -> string("<ImportValue:" + text(args, path) + ">");
            case "Fn::FindInMap" -> findInMap(args, path);
            case "Fn::Base64" -> string(Base64.getEncoder().encodeToString(text(args, path)
                    .getBytes(StandardCharsets.UTF_8)));
            case "Fn::GetAZs" -> availabilityZones(text(args, path));
            case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not" -> Json.NODES.booleanNode(
                    condition(Json.NODES.objectNode().set(function, args), path));
            case "Fn::ToJsonString" -> string(Json.write(resolve(args, path)));
            case "Fn::Length" -> Json.NODES.numberNode(array(args, path).size());
            default -> throw fail(path, "the intrinsic function " + function + " is not supported");
        };
    }

    private JsonNode ref(String name, String path) {
        if (name.equals("AWS::NoValue")) return Json.NODES.missingNode();
        var pseudo = env.pseudoParameter(name, template.stackName());
        if (pseudo.isPresent()) return pseudo.get();
        JsonNode parameter = template.section("Parameters").get(name);
        if (parameter != null) return parameterValue(name, parameter);
        if (template.resource(name).isPresent()) return values.ref(template.type(name), resourceName(name, path));
        List<String> known = new ArrayList<>();
        template.section("Parameters").fieldNames().forEachRemaining(known::add);
        template.resources().fieldNames().forEachRemaining(known::add);
        throw fail(path, "'" + name + "' is neither a parameter, a resource nor a pseudo parameter of the template"
                + LogicalIds.didYouMean(name, known).map(s -> "; " + s).orElse(""));
    }

    /** The parameter's {@code Default}, else a placeholder naming it; list types give a list. */
    private static JsonNode parameterValue(String name, JsonNode parameter) {
        JsonNode value = parameter.get("Default");
        if (value == null) return string("<" + name + ">");
        String type = parameter.path("Type").asText("");
        if (value.isTextual() && (type.startsWith("List<") || type.equals("CommaDelimitedList"))) {
            ArrayNode list = Json.NODES.arrayNode();
            for (String item : value.asText().split(",", -1)) list.add(item.strip());
            return list;
        }
        return value;
    }

    private JsonNode getAtt(JsonNode args, String path) {
        String resource;
        String attribute;
        if (args.isTextual() && args.asText().contains(".")) {
            resource = args.asText().substring(0, args.asText().indexOf('.'));
            attribute = args.asText().substring(args.asText().indexOf('.') + 1);
        } else {
            JsonNode pair = args(args, 2, path);
            resource = text(pair.get(0), path + "[0]");
            attribute = text(pair.get(1), path + "[1]");
        }
        return getAtt(resource, attribute, path);
    }

    private JsonNode getAtt(String resource, String attribute, String path) {
        if (template.resource(resource).isEmpty()) {
            List<String> known = new ArrayList<>();
            template.resources().fieldNames().forEachRemaining(known::add);
            throw fail(path, "no resource '" + resource + "' in the template"
                    + LogicalIds.didYouMean(resource, known).map(s -> "; " + s).orElse(""));
        }
        String name = resourceName(resource, path);
        return values.attribute(template.type(resource), name, attribute)
                .orElseGet(() -> string("<" + resource + "." + attribute + ">"));
    }

    /** The resource's own name property ({@code FunctionName}, {@code Name}), resolved; else its logical id. */
    private String resourceName(String logicalId, String path) {
        JsonNode properties = template.properties(logicalId);
        JsonNode name = properties.get(ResourceValues.nameProperty(template.type(logicalId)));
        if (name == null) name = properties.get("Name");
        if (name == null) return logicalId;
        if (!inProgress.add(logicalId)) {
            throw fail(path, "the name of resource '" + logicalId + "' refers to itself");
        }
        try {
            return text(name, "Resources." + logicalId + ".Properties");
        } finally {
            inProgress.remove(logicalId);
        }
    }

    private JsonNode join(JsonNode args, String path) {
        String delimiter = text(args.get(0), path + "[0]");
        JsonNode list = array(args.get(1), path + "[1]");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) parts.add(text(list.get(i), path + "[1][" + i + "]"));
        return string(String.join(delimiter, parts));
    }

    private JsonNode sub(JsonNode args, String path) {
        String pattern;
        JsonNode variables;
        if (args.isArray()) {
            JsonNode pair = args(args, 2, path);
            pattern = text(pair.get(0), path + "[0]");
            variables = pair.get(1);
        } else {
            pattern = text(args, path);
            variables = Json.NODES.objectNode();
        }
        return string(Placeholders.replace(pattern, name -> {
            if (variables.has(name)) return text(variables.get(name), path + "[1]." + name);
            int dot = name.indexOf('.');
            JsonNode value = dot < 0 ? ref(name, path) : getAtt(name.substring(0, dot), name.substring(dot + 1), path);
            return value.isMissingNode() ? "" : value.asText();
        }));
    }

    private JsonNode select(JsonNode args, String path) {
        String indexText = text(args.get(0), path + "[0]");
        JsonNode list = array(args.get(1), path + "[1]");
        int index;
        try {
            index = Integer.parseInt(indexText);
        } catch (NumberFormatException e) {
            throw fail(path + "[0]", "the index must be a number, not '" + indexText + "'");
        }
        if (index < 0 || index >= list.size()) {
            throw fail(path, "index " + index + " is outside the list of " + list.size());
        }
        return list.get(index);
    }

    private JsonNode split(JsonNode args, String path) {
        String delimiter = text(args.get(0), path + "[0]");
        ArrayNode parts = Json.NODES.arrayNode();
        for (String part : text(args.get(1), path + "[1]").split(java.util.regex.Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }

    /** The value in {@code Mappings}; a placeholder when the deployment's keys (say, another region) are missing. */
    private JsonNode findInMap(JsonNode args, String path) {
        if (!args.isArray() || args.size() < 3) throw fail(path, "needs [MapName, TopLevelKey, SecondLevelKey]");
        String map = text(args.get(0), path + "[0]");
        String top = text(args.get(1), path + "[1]");
        String second = text(args.get(2), path + "[2]");
        JsonNode value = template.section("Mappings").path(map).path(top).path(second);
        if (!value.isMissingNode()) return value;
        if (args.size() > 3) return resolve(args.get(3).path("DefaultValue"), path + "[3].DefaultValue");
        return string("<FindInMap:" + map + "/" + top + "/" + second + ">");
    }

    private JsonNode availabilityZones(String region) {
        String r = region.isEmpty() ? env.region() : region;
        return Json.NODES.arrayNode().add(r + "a").add(r + "b").add(r + "c");
    }

    /** A condition: {@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}, or a named one. */
    private boolean condition(JsonNode node, String path) {
        if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> e = node.fields().next();
            String at = path + "." + e.getKey();
            switch (e.getKey()) {
                case "Fn::Equals" -> {
                    JsonNode pair = args(e.getValue(), 2, at);
                    return text(pair.get(0), at + "[0]").equals(text(pair.get(1), at + "[1]"));
                }
                case "Fn::And", "Fn::Or" -> {
                    JsonNode list = array(e.getValue(), at);
                    boolean and = e.getKey().equals("Fn::And");
                    for (int i = 0; i < list.size(); i++) {
                        if (condition(list.get(i), at + "[" + i + "]") != and) return !and;
                    }
                    return and;
                }
                case "Fn::Not" -> {
                    return !condition(args(e.getValue(), 1, at).get(0), at + "[0]");
                }
                case "Condition" -> {
                    return namedCondition(text(e.getValue(), at), at);
                }
                default -> { }
            }
        }
        return Boolean.parseBoolean(text(node, path));
    }

    private boolean namedCondition(String name, String path) {
        JsonNode definition = template.section("Conditions").get(name);
        if (definition == null) throw fail(path, "no condition '" + name + "' in the template's Conditions");
        if (!inProgress.add("Conditions." + name)) throw fail(path, "condition '" + name + "' refers to itself");
        try {
            return condition(definition, "Conditions." + name);
        } finally {
            inProgress.remove("Conditions." + name);
        }
    }

    /** The argument list of a function that takes {@code size} arguments. */
    private JsonNode args(JsonNode args, int size, String path) {
        if (!args.isArray() || args.size() != size) {
            throw fail(path, "expected a list of " + size + " arguments, not " + Json.write(args));
        }
        return args;
    }

    private JsonNode array(JsonNode node, String path) {
        JsonNode value = resolve(node, path);
        if (!value.isArray()) throw fail(path, "expected a list here, not " + Json.write(value));
        return value;
    }

    private static JsonNode string(String value) {
        return Json.NODES.textNode(value);
    }

    private UserInputException fail(String path, String message) {
        return new UserInputException(template.file() + ": " + path + ": " + message + (message.endsWith("?") ? ""
                : "."));
    }
}
