package dev.sfntest.cli.init;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectDetectorTest {
    @ParameterizedTest
    @CsvSource({
            "OrderProcessingStateMachine3A1B2C4D, order-processing",
            "BatchMachineABCDEF12, batch-machine",
            "MyStateMachine, my",
            "StateMachine, state-machine",
            "ETLJobFlow, etl-job-flow",
            "orders, orders"})
    void namesCdkStateMachinesReadably(String logicalId, String name) {
        assertThat(ProjectDetector.nameOf(logicalId)).isEqualTo(name);
    }
}
