package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code States.Format(template, values...)}: each {@code {}} in the template is replaced by the next value.
 *
 * <p>AWS rules: the template must be a string with exactly as many {@code {}} as there are values (AWS guide,
 * States.Format). Values render as recorded in corpus {@code test_generic.test_format_1/2}: strings raw,
 * {@code null}, numbers and booleans as written, objects and arrays in Java's Map/List style:
 * {@code {Arg1=1, Arg2=[]}}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-generic">AWS: States.Format</a>
 */
final class FormatFunction implements IntrinsicFunction {
    @Override public String name() { return "States.Format"; }
    @Override public int minArguments() { return 1; }
    @Override public int maxArguments() { return Integer.MAX_VALUE; }

    @Override
    public void validate(List<Argument> arguments) {
        Argument template = arguments.get(0);
        if (template instanceof Argument.Literal literal) {
            throw new IllegalArgumentException("the template (argument 1) must be a string, but was "
                    + literal.text());
        }
        if (template instanceof Argument.StringLiteral s && s.templatePieces().size() != arguments.size()) {
            throw new IllegalArgumentException("the template has " + (s.templatePieces().size() - 1)
                    + " {} placeholders but " + (arguments.size() - 1) + " values follow it");
        }
    }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        List<String> pieces = arguments.get(0) instanceof Argument.StringLiteral s
                ? s.templatePieces()
                : split(ArgumentChecks.string(args, 0, "template"));
        if (pieces.size() != args.length) {
            throw new IntrinsicArgumentException("the template has " + (pieces.size() - 1)
                    + " {} placeholders but " + (args.length - 1) + " values follow it");
        }
        StringBuilder out = new StringBuilder(pieces.get(0));
        for (int i = 1; i < args.length; i++) {
            render(args[i], out);
            out.append(pieces.get(i));
        }
        return Json.NODES.textNode(out.toString());
    }

    /** A template read from a path: every "{}" is a placeholder (no escapes: it is data, not ASL text). */
    private static List<String> split(String template) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = template.indexOf("{}", from)) >= 0) {
            pieces.add(template.substring(from, at));
            from = at + 2;
        }
        pieces.add(template.substring(from));
        return pieces;
    }

    /** Renders a value the way AWS's Java runtime prints it (String.valueOf of the Map/List/number). */
    static void render(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case STRING -> out.append(value.textValue());
            case NUMBER -> out.append(NumberText.of(value));
            case OBJECT -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.append(field.getKey()).append('=');
                    render(field.getValue(), out);
                    if (fields.hasNext()) out.append(", ");
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) out.append(", ");
                    render(value.get(i), out);
                }
                out.append(']');
            }
            default -> out.append(value.asText()); // true, false, null
        }
    }
}
