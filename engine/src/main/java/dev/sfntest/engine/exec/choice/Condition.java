package dev.sfntest.engine.exec.choice;

import dev.sfntest.engine.expr.EvaluationContext;

/**
 * The boolean part of a JSONPath Choice Rule, compiled once by {@link ChoiceRuleParser} and evaluated many times.
 *
 * <p>Immutable and thread-safe. Mirrors the AWS guide's Choice rules
 * (https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html).
 */
public sealed interface Condition
        permits AndCondition, OrCondition, NotCondition, IsPresentCondition, DataTestCondition {

    /**
     * Whether the rule holds for the state's effective input (and variables, context object) in {@code ctx}.
     *
     * @throws dev.sfntest.engine.error.StatesException {@code States.Runtime} when the {@code Variable} path, or the
     *         path of a {@code …Path} operator, selects nothing (only {@code IsPresent} tolerates that)
     */
    boolean evaluate(EvaluationContext ctx);
}
