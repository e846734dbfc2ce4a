package dev.sfntest.cli.init;

import java.util.List;

/** The text of a new {@code sfn-test.config.yaml}: the found state machines, defaults shown as comments. */
final class ConfigWriter {
    private ConfigWriter() {}

    static String render(List<DetectedStateMachine> machines) {
        StringBuilder yaml = new StringBuilder("""
                # sfn-test project configuration (see 'sfn-test run --help')
                version: "1.0"

                # Where things live (defaults shown; paths are relative to this file):
                # paths:
                #   mocks: ./sfn-test/mocks
                #   testSuites: ./sfn-test/test-suites
                #   testData: ./sfn-test/test-data
                #   extracted: ./.sfn-test/extracted
                #   coverage: ./.sfn-test/coverage

                stateMachines:
                """);
        for (DetectedStateMachine m : machines) {
            yaml.append("  - name: ").append(m.name()).append('\n')
                    .append("    source: { type: ").append(m.type()).append(", path: ").append(quoted(m.path()));
            m.logicalId().ifPresent(id -> yaml.append(", stateMachineName: ").append(id));
            yaml.append(" }\n");
        }
        return yaml.append("""

                # Fixed context values ($$.Execution.*), so tests give the same result on every run:
                executionContext:
                  name: test-execution
                  startTime: "2025-01-01T00:00:00.000Z"
                  accountId: "123456789012"
                  region: us-east-1
                """).toString();
    }

    /** Paths are quoted when YAML would otherwise read them differently (spaces, '#', ': ' …). */
    private static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./-]+") ? path : "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
