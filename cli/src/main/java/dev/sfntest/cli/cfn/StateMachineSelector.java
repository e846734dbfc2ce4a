package dev.sfntest.cli.cfn;

import dev.sfntest.cli.command.UserInputException;
import java.util.List;
import java.util.Optional;

/**
 * Picks the state machine of a template that the user named. CDK turns a construct id {@code BatchMachine} into
 * a logical id with an 8-hex-digit hash ({@code BatchMachineA1B2C3D4}), so the name from the CDK code works too.
 */
final class StateMachineSelector {
    private StateMachineSelector() {}

    /**
     * The logical id {@code wanted} stands for: the exact id; else the only id that is {@code wanted} plus CDK's
     * hash; else the only state machine whose {@code StateMachineName} property is {@code wanted}.
     *
     * @throws UserInputException when several CDK ids fit
     */
    static Optional<String> find(Template template, String wanted) {
        List<String> ids = template.stateMachineIds();
        if (ids.contains(wanted)) return Optional.of(wanted);
        Optional<String> byHash = unique(template, wanted, ids.stream().filter(id -> LogicalIds.isCdkIdOf(id, wanted))
                .toList());
        if (byHash.isPresent()) return byHash;
        return unique(template, wanted, ids.stream()
                .filter(id -> wanted.equals(template.properties(id).path("StateMachineName").textValue())).toList());
    }

    /**
     * {@link #find} for {@code wanted}, or with no name the template's only state machine.
     *
     * @throws UserInputException listing the template's state machines when there is no single answer
     */
    static String select(Template template, Optional<String> wanted) {
        List<String> ids = template.stateMachineIds();
        if (ids.isEmpty()) {
            throw new UserInputException(template.file() + ": the template has no " + Template.STATE_MACHINE_TYPE
                    + " resource.");
        }
        if (wanted.isEmpty()) {
            if (ids.size() == 1) return ids.get(0);
            throw new UserInputException(template.file() + ": the template has " + ids.size() + " state machines ("
                    + String.join(", ", ids) + "); name one with --cdk-state-machine (or stateMachineName in the "
                    + "config).");
        }
        return find(template, wanted.get()).orElseThrow(() -> new UserInputException(template.file()
                + ": no state machine '" + wanted.get() + "' in the template; its state machines: "
                + String.join(", ", ids) + LogicalIds.didYouMean(wanted.get(), ids).map(s -> "; " + s).orElse(".")));
    }

    private static Optional<String> unique(Template template, String wanted, List<String> matches) {
        if (matches.size() > 1) {
            throw new UserInputException(template.file() + ": '" + wanted + "' matches several state machines ("
                    + String.join(", ", matches) + "); give the full logical id.");
        }
        return matches.stream().findFirst();
    }
}
