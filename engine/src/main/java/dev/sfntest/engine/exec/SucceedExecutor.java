package dev.sfntest.engine.exec;

/** Succeed: ends the (sub-)workflow successfully with its (InputPath/OutputPath or Output) input. */
final class SucceedExecutor {
    private SucceedExecutor() {}

    static StepResult execute(StateRun run) {
        if (run.state.common().isJsonata()) {
            return new StepResult(StateData.jsonataOutput(run, run.input), null, null);
        }
        com.fasterxml.jackson.databind.JsonNode effective = StateData.effectiveInput(run);
        return new StepResult(StateData.select(run.state.common().outputPath(), effective, run), null, null);
    }

}
