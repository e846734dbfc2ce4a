package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.model.ChoiceBranch;
import dev.sfntest.engine.model.ChoiceState;
import java.util.Optional;

/** Choice: the first rule that holds picks the next state; else Default; else States.NoChoiceMatched. */
final class ChoiceExecutor {
    private ChoiceExecutor() {}

    static StepResult execute(ChoiceState state, StateRun run) {
        JsonNode effective = StateData.effectiveInput(run);
        EvaluationContext ctx = run.context(effective);
        Optional<String> forced = run.scope.execution.request.choiceOverride().nextFor(state.name(), run.statePath);
        if (forced.isPresent()) return finish(state, run, effective, ctx, forced.get(), null);
        for (ChoiceBranch branch : state.choices()) {
            if (branch.condition().test(ctx)) return finish(state, run, effective, ctx, branch.next(), branch);
        }
        if (state.defaultNext() != null) return finish(state, run, effective, ctx, state.defaultNext(), null);
        throw Causes.noChoiceMatched();
    }

    private static StepResult finish(ChoiceState state, StateRun run, JsonNode effective, EvaluationContext ctx,
                                     String next, ChoiceBranch branch) {
        var assign = branch != null && branch.assign() != null ? branch.assign() : state.common().assign();
        var assigned = StateData.assign(assign, ctx);
        JsonNode output;
        if (state.common().isJsonata()) {
            var template = branch != null && branch.output() != null ? branch.output() : state.common().output();
            output = template == null ? run.input : template.evaluate(ctx);
        } else {
            output = StateData.select(state.common().outputPath(), effective, run);
        }
        return new StepResult(output, next, assigned);
    }
}
