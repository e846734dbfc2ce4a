package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.model.PassState;

/** Pass: passes its input on, or a Result / Parameters (JSONPath) or Output (JSONata). */
final class PassExecutor {
    private PassExecutor() {}

    static StepResult execute(PassState state, StateRun run) {
        if (state.common().isJsonata()) {
            var ctx = run.context(run.input);
            JsonNode output = state.common().output() == null ? run.input : state.common().output().evaluate(ctx);
            return new StepResult(output, run.next(), StateData.assign(state.common().assign(), ctx));
        }
        JsonNode effective = StateData.effectiveInput(run);
        JsonNode result = state.result() != null ? state.result()
                : state.parameters() != null ? state.parameters().evaluate(run.context(effective))
                : effective;
        var assigned = StateData.assign(state.common().assign(), run.context(result));
        return new StepResult(StateData.jsonPathOutput(run, state.resultPath(), result), run.next(), assigned);
    }
}
