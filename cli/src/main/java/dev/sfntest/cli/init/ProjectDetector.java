package dev.sfntest.cli.init;

import dev.sfntest.cli.cfn.AwsEnvironment;
import dev.sfntest.cli.cfn.TemplateExtractor;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.cli.config.ExecutionContextSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the state machines of a project for {@code sfn-test init}: in a CDK app ({@code cdk.json}), the
 * {@code AWS::StepFunctions::StateMachine} resources of {@code cdk.out/*.template.json}; otherwise the
 * {@code *.asl.json} files up to three folders deep (build output, dependencies and our own work folder skipped).
 */
public final class ProjectDetector {
    private static final int MAX_DEPTH = 3;
    private static final Set<String> SKIPPED = Set.of("node_modules", ".git", "dist", "build", "target", ".sfn-test",
            "cdk.out");

    private ProjectDetector() {}

    /** What was found, and a note for the user when a CDK app has no synthesised templates yet. */
    public record Detection(List<DetectedStateMachine> stateMachines, List<String> notes) {}

    public static Detection detect(Path root) throws IOException {
        List<String> notes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<DetectedStateMachine> found = new ArrayList<>();
        if (Files.isRegularFile(root.resolve("cdk.json"))) {
            Path out = root.resolve("cdk.out");
            List<Path> templates = Files.isDirectory(out) ? list(out) : List.of();
            for (Path template : templates) {
                found.addAll(stateMachinesIn(template, root, names, notes));
            }
            if (found.isEmpty()) {
                notes.add("a CDK app without state machines in cdk.out/*.template.json: run 'cdk synth' first, then "
                        + "'sfn-test init --yes' again (or add them to sfn-test.config.yaml as type: cdk).");
            }
            return new Detection(found, notes);
        }
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            files.filter(p -> p.getFileName().toString().endsWith(".asl.json") && Files.isRegularFile(p))
                    .filter(p -> root.relativize(p).getNameCount() <= MAX_DEPTH)
                    .filter(p -> !skipped(root.relativize(p)))
                    .sorted()
                    .forEach(p -> found.add(new DetectedStateMachine(unique(baseName(p), names), "asl",
                            "./" + root.relativize(p).toString().replace('\\', '/'), Optional.empty())));
        }
        return new Detection(found, notes);
    }

    private static List<Path> list(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".template.json")).sorted().toList();
        }
    }

    /** The state machines of one template, read by the same reader {@code run} uses for {@code type: cdk}. */
    private static List<DetectedStateMachine> stateMachinesIn(Path template, Path root, Set<String> names,
                                                              List<String> notes) {
        List<String> ids;
        try {
            ids = TemplateExtractor.open(template, AwsEnvironment.of(ExecutionContextSpec.EMPTY)).stateMachineIds();
        } catch (UserInputException e) {
            notes.add(e.getMessage() + " Skipped.");
            return List.of();
        }
        String path = "./" + root.relativize(template).toString().replace('\\', '/');
        return ids.stream().map(id -> new DetectedStateMachine(unique(nameOf(id), names), "cdk", path, Optional.of(id)))
                .toList();
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) return true;
        }
        return false;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".asl.json".length());
    }

    /**
     * A readable config name for a CDK logical id: without the 8-hex-digit hash CDK appends and a trailing
     * "StateMachine", in kebab case ({@code OrderProcessingStateMachine3A1B2C4D} → {@code order-processing}).
     */
    static String nameOf(String logicalId) {
        String n = logicalId.replaceFirst("[0-9A-F]{8}$", "").replaceFirst("StateMachine$", "");
        if (n.isEmpty()) n = logicalId;
        return n.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) candidate = name + "-" + i;
        return candidate;
    }
}
