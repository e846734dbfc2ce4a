package dev.sfntest.cli.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateMachineSelectorTest {
    private static final Template TWO = Templates.of("""
            {'Resources': {
              'BatchMachineA1B2C3D4': {'Type': 'AWS::StepFunctions::StateMachine',
                                       'Properties': {'StateMachineName': 'nightly-batch'}},
              'Fn': {'Type': 'AWS::Lambda::Function'},
              'OrderMachine': {'Type': 'AWS::StepFunctions::StateMachine'},
              'OrderMachine0A1B2C3D': {'Type': 'AWS::StepFunctions::StateMachine'}}}""");

    private static String select(Template t, String id) {
        return StateMachineSelector.select(t, Optional.ofNullable(id));
    }

    @Test
    void prefersTheExactLogicalId() {
        assertThat(select(TWO, "OrderMachine")).isEqualTo("OrderMachine");
    }

    @Test
    void findsACdkIdByTheConstructIdWithoutItsHash() {
        assertThat(select(TWO, "BatchMachine")).isEqualTo("BatchMachineA1B2C3D4");
    }

    @Test
    void findsAMachineByItsStateMachineNameProperty() {
        assertThat(select(TWO, "nightly-batch")).isEqualTo("BatchMachineA1B2C3D4");
    }

    @Test
    void takesTheOnlyStateMachineWhenNoneIsNamed() {
        Template one = Templates.of("{'Resources': {'M': {'Type': 'AWS::StepFunctions::StateMachine'}}}");
        assertThat(select(one, null)).isEqualTo("M");
    }

    @Test
    void asksForANameWhenThereAreSeveral() {
        assertThat(catchThrowable(() -> select(TWO, null))).hasMessage("Stack.template.json: the template has 3 "
                + "state machines (BatchMachineA1B2C3D4, OrderMachine, OrderMachine0A1B2C3D); name one with "
                + "--cdk-state-machine (or stateMachineName in the config).");
    }

    @Test
    void listsTheStateMachinesAndSuggestsOneForAnUnknownId() {
        assertThat(catchThrowable(() -> select(TWO, "BatchMachin"))).hasMessage("Stack.template.json: no state "
                + "machine 'BatchMachin' in the template; its state machines: BatchMachineA1B2C3D4, OrderMachine, "
                + "OrderMachine0A1B2C3D; did you mean 'BatchMachineA1B2C3D4'?");
    }

    @Test
    void refusesAnIdThatSeveralCdkIdsStartWith() {
        Template t = Templates.of("""
                {'Resources': {'MA1B2C3D4': {'Type': 'AWS::StepFunctions::StateMachine'},
                               'M0A1B2C3D': {'Type': 'AWS::StepFunctions::StateMachine'}}}""");
        assertThat(catchThrowable(() -> select(t, "M"))).hasMessageContaining("'M' matches several state machines");
    }

    @Test
    void reportsATemplateWithoutStateMachines() {
        Template t = Templates.of("{'Resources': {'Fn': {'Type': 'AWS::Lambda::Function'}}}");
        assertThat(catchThrowable(() -> select(t, null)))
                .hasMessage("Stack.template.json: the template has no AWS::StepFunctions::StateMachine resource.");
    }
}
