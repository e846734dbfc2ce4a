package dev.sfntest.cli.config;

import dev.sfntest.cli.yaml.MappingReader;
import dev.sfntest.cli.yaml.YamlNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Fixed values of the context object for deterministic tests ({@code executionContext} in the config file, a
 * suite or a test case). Absent fields inherit from the outer level: see {@link #overriddenBy}.
 *
 * @param startTime ISO-8601 text as written ({@code $$.Execution.StartTime})
 */
public record ExecutionContextSpec(Optional<String> name, Optional<String> startTime, Optional<String> roleArn,
                                   Optional<String> accountId, Optional<String> region) {

    public static final ExecutionContextSpec EMPTY = new ExecutionContextSpec(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    static final Set<String> KEYS = MappingReader.keys("name", "startTime", "roleArn", "accountId", "region");

    /** This spec with every field that {@code nearer} sets replaced: the nearest level wins, field by field. */
    public ExecutionContextSpec overriddenBy(ExecutionContextSpec nearer) {
        return new ExecutionContextSpec(nearer.name.or(() -> name), nearer.startTime.or(() -> startTime),
                nearer.roleArn.or(() -> roleArn), nearer.accountId.or(() -> accountId),
                nearer.region.or(() -> region));
    }

    /** Merges config → suite → test case, the case's values winning. */
    public static ExecutionContextSpec merge(ExecutionContextSpec config, ExecutionContextSpec suite,
                                             ExecutionContextSpec testCase) {
        return config.overriddenBy(suite).overriddenBy(testCase);
    }

    /** Reads an {@code executionContext} mapping, reporting unknown keys and a startTime that is not a date. */
    public static ExecutionContextSpec read(YamlNode node, String path, dev.sfntest.cli.yaml.Problems problems) {
        return MappingReader.of(node, path, problems).map(m -> {
            m.allowOnly(KEYS);
            Optional<String> startTime = m.scalarText("startTime");
            startTime.ifPresent(t -> {
                try {
                    OffsetDateTime.parse(t.replace(' ', 'T'));
                } catch (DateTimeParseException e) {
                    problems.add(m.node("startTime").orElseThrow().location(), m.pathOf("startTime"),
                            m.pathOf("startTime") + " must be an ISO-8601 time with a zone, such as "
                                    + "2024-01-01T00:00:00.000Z, not '" + t + "'");
                }
            });
            return new ExecutionContextSpec(m.scalarText("name"), startTime, m.string("roleArn"),
                    m.scalarText("accountId"), m.string("region"));
        }).orElse(EMPTY);
    }
}
