package dev.sfntest.engine.expr.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A JSONata expression (the text inside {@code {% … %}}) parsed once and evaluated many times with dashjoin's
 * jsonata-java, set up as AWS runs JSONata 2.0.x.
 *
 * <p>Each evaluation binds {@code $states} ({@code input}, {@code context}, {@code result}, {@code errorOutput}),
 * the workflow variables the text refers to, and AWS's extra functions; {@code $eval} is not available.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Transforming data
 *      with JSONata in Step Functions</a>
 */
public final class JsonataExpression {
    /** AWS fails expressions nested deeper than this (AWS-BEHAVIOURS.md point 5). */
    static final int MAX_CALL_DEPTH = 100;
    /** A wall-clock budget so that an endless expression fails instead of hanging the run. */
    static final long TIME_BUDGET_MILLIS = 10_000;

    private final String text;
    private final Jsonata program;
    private final Set<String> variableNames;
    private final boolean readsContext;

    private JsonataExpression(String text, Jsonata program, Set<String> variableNames) {
        this.text = text;
        this.program = program;
        this.variableNames = variableNames;
        this.readsContext = text.contains("context");
    }

    /**
     * Parses an expression; throws IllegalArgumentException with jsonata-js's code and message (e.g.
     * "S0203: Expected \")\" before end of expression") when it is not valid JSONata. AWS rejects these when the
     * definition is validated.
     */
    public static JsonataExpression compile(String expressionText) {
        if (expressionText == null || expressionText.isBlank()) {
            throw new IllegalArgumentException("The JSONata expression is empty");
        }
        try {
            Jsonata program = Jsonata.jsonata(expressionText);
            return new JsonataExpression(expressionText, program, VariableReferences.in(expressionText));
        } catch (JException e) {
            throw new IllegalArgumentException("The JSONata expression '" + expressionText + "' is not valid: "
                    + JsonataMessages.code(e) + ": " + JsonataMessages.message(e), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The JSONata expression '" + expressionText + "' is not valid: "
                    + e.getMessage(), e);
        }
    }

    /** The expression as written between {@code {%} and {@code %}}, trimmed. */
    public String text() { return text; }

    /**
     * Evaluates the expression.
     *
     * @return the value, or {@code null} when the expression is undefined (JSON null is a NullNode)
     * @throws JsonataException when JSONata raises an error or the value is a function
     */
    public JsonNode evaluate(EvaluationContext ctx) {
        Jsonata.Frame frame = program.createFrame();
        bind(frame, ctx);
        RunBounds bounds = new RunBounds(MAX_CALL_DEPTH, TIME_BUDGET_MILLIS);
        bounds.install(frame);
        Object value;
        try {
            value = program.evaluate(null, frame);
        } catch (RuntimeException e) {
            throw translate(e);
        } catch (StackOverflowError e) {
            throw JsonataException.error("U1001", RunBounds.STACK_OVERFLOW);
        }
        if (value == null) {
            // dashjoin turns JSON null into Java null at the end; the root result tells the two apart.
            return bounds.rootResultWasNull() ? dev.sfntest.engine.expr.Json.NODES.nullNode() : null;
        }
        try {
            return JsonataValues.toJson(value);
        } catch (JsonataValues.UnsupportedResultException e) {
            throw JsonataException.unsupportedResult();
        }
    }

    /**
     * Evaluates the expression for a state field, turning every failure into {@code States.QueryEvaluationError}
     * with AWS's cause.
     *
     * @param field the field as AWS names it in causes, e.g. {@code Output/v} or {@code Items}
     * @return the value, or {@code null} when the expression is undefined
     */
    public JsonNode evaluate(EvaluationContext ctx, String field) {
        try {
            return evaluate(ctx);
        } catch (JsonataException e) {
            throw StatesException.inState(StatesErrors.QUERY_EVALUATION_ERROR, causeOf(e, field));
        }
    }

    /** Like {@link #evaluate(EvaluationContext, String)} but undefined is a QueryEvaluationError too. */
    public JsonNode evaluateDefined(EvaluationContext ctx, String field) {
        JsonNode value = evaluate(ctx, field);
        if (value == null) {
            throw StatesException.inState(StatesErrors.QUERY_EVALUATION_ERROR,
                    JsonataCauses.returnedNothing(text, field));
        }
        return value;
    }

    String causeOf(JsonataException e, String field) {
        if (e.kind() == JsonataException.Kind.UNSUPPORTED_RESULT) {
            return JsonataCauses.unsupportedResultType(text, field);
        }
        if (e.code() == null) {
            return "The JSONata expression '" + text + "' specified for the field '" + field
                    + "' threw an error during evaluation. " + e.detail();
        }
        return JsonataCauses.threwError(text, field, e.code(), e.detail());
    }

    private void bind(Jsonata.Frame frame, EvaluationContext ctx) {
        Map<String, Object> states = new LinkedHashMap<>();
        states.put("input", JsonataValues.toJava(ctx.input()));
        if (readsContext && ctx.contextObject() != null) {
            states.put("context", JsonataValues.toJava(ctx.contextObject().get()));
        }
        if (ctx.result() != null) states.put("result", JsonataValues.toJava(ctx.result()));
        if (ctx.errorOutput() != null) states.put("errorOutput", JsonataValues.toJava(ctx.errorOutput()));
        for (String name : variableNames) {
            if (name.equals("states")) continue;
            JsonNode value = ctx.variables().get(name);
            if (value != null) frame.bind(name, JsonataValues.toJava(value));
        }
        frame.bind("states", states);
        for (AwsFunction function : AwsFunction.ALL) frame.bind(function.name(), function.bind(ctx));
        frame.bind("now", ClockFunctions.now(ctx));
        frame.bind("millis", ClockFunctions.millis(ctx));
        // AWS runs JSONata without $eval ("use $parse instead"): the name is simply not bound.
        frame.bind("eval", (Object) null);
    }

    private static JsonataException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonataException j) return j;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JException j) return JsonataException.error(JsonataMessages.code(j), JsonataMessages.message(j));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NumberFormatException) {
                // dashjoin's $number lets Java's parse error escape; jsonata-js reports D3030.
                return JsonataException.error("D3030", "Unable to cast value to a number");
            }
        }
        return JsonataException.error(null, String.valueOf(e.getMessage()));
    }

    @Override
    public String toString() {
        return "{% " + text + " %}";
    }
}
