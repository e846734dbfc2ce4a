package dev.sfntest.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example workspace at the repository root runs through the same path as {@code sfn-test run}. */
class ExampleWorkspaceTest {
    private final Path root = CliRun.repoRoot();

    @Test
    void everyExampleCasePasses() throws Exception {
        CliRun run = CliRun.of("run", "-C", root.toString(), "--reporter", "json");

        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("summary").get("failed").asInt()).as(run.out()).isZero();
        assertThat(report.get("summary").get("passed").asInt()).isGreaterThanOrEqualTo(22);
        assertThat(report.get("suites")).hasSizeGreaterThanOrEqualTo(7);
        for (JsonNode suite : report.get("suites")) {
            for (JsonNode c : suite.get("cases")) {
                assertThat(c.get("status").asText()).as(suite.get("name") + " / " + c.get("name")).isEqualTo("passed");
            }
        }
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void nameSelectsTheSuitesOfOneStateMachine() {
        CliRun run = CliRun.of("run", "-C", root.toString(), "--name", "order-flow");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Order flow").doesNotContain("Product catalog");
    }

    @Test
    void singleExecutionPrintsStatusOutputAndPath() throws Exception {
        CliRun run = CliRun.of("run", "-C", root.toString(),
                "--asl", "state-machines/order-flow.asl.json", "--mock", "mocks/order-flow.mock.yaml",
                "--input", "{\"orderId\": \"o-9\", \"quantity\": 1, \"price\": 10, \"shipping\": 2}");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.get("output").get("orderId").asText()).isEqualTo("o-9");
        assertThat(result.get("path")).extracting(JsonNode::asText)
                .containsExactly("ValidateOrder", "IsValid", "ChargePayment", "WaitForWarehouse", "Complete");
    }

    @Test
    void singleExecutionByConfiguredNameUsesThatMachinesMock() throws Exception {
        CliRun run = CliRun.of("run", "-C", root.toString(), "--name", "order-flow",
                "--input", "{\"orderId\": \"o-0\", \"quantity\": 0, \"price\": 0, \"shipping\": 0}");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("status").asText()).isEqualTo("FAILED");
        assertThat(result.get("error").asText()).isEqualTo("OrderRejected");
    }
}
