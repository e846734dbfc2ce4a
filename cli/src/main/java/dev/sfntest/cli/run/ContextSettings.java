package dev.sfntest.cli.run;

import dev.sfntest.cli.config.ExecutionContextSpec;
import dev.sfntest.engine.ExecutionContextSettings;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Turns the executionContext of config, suite and case (nearest wins) into the engine's settings. */
final class ContextSettings {
    private ContextSettings() {}

    static ExecutionContextSettings of(ExecutionContextSpec spec, String stateMachineName, Instant runStart) {
        ExecutionContextSettings d = ExecutionContextSettings.defaults();
        Instant start = spec.startTime().map(t -> OffsetDateTime.parse(t.replace(' ', 'T')).toInstant()).orElse(runStart);
        String account = spec.accountId().orElse(d.accountId());
        return new ExecutionContextSettings(spec.name().orElse(d.executionName()), start,
                spec.roleArn().orElse("arn:aws:iam::" + account + ":role/StepFunctionsRole"), account,
                spec.region().orElse(d.region()), stateMachineName);
    }
}
