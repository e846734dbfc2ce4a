package dev.sfntest.cli.init;

import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.cli.config.ConfigLoader;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import dev.sfntest.cli.run.SuitePlanner;
import dev.sfntest.cli.yaml.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code sfn-test init}: sets up a project in a folder — the config with the state machines found there, the
 * {@code sfn-test/} folders, {@code .sfn-test/} in {@code .gitignore}, and a starter mock and suite per state
 * machine. Never asks: it refuses to replace an existing config unless told to ({@code --yes}), and never replaces
 * an existing mock or suite.
 */
public final class ProjectInitializer {
    private static final List<String> FOLDERS = List.of("sfn-test/mocks", "sfn-test/test-suites", "sfn-test/test-data");
    private static final String EXAMPLE = "./state-machines/example.asl.json";

    private final Path root;
    private final PrintWriter out;

    public ProjectInitializer(Path root, PrintWriter out) {
        this.root = root;
        this.out = out;
    }

    public void run(boolean overwriteConfig) throws IOException {
        Path configFile = root.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(configFile) && !overwriteConfig) {
            throw new UserInputException("sfn-test: " + configFile + " already exists; pass --yes to replace it "
                    + "(mocks and suites already there are kept either way).");
        }
        ProjectDetector.Detection detection = ProjectDetector.detect(root);
        detection.notes().forEach(n -> out.println("note: " + n));
        List<DetectedStateMachine> machines = detection.stateMachines();
        if (machines.isEmpty()) machines = List.of(writeExample());
        for (String folder : FOLDERS) Files.createDirectories(root.resolve(folder));
        Files.writeString(configFile, ConfigWriter.render(machines));
        out.println("wrote " + ConfigLoader.FILE_NAME + " with " + machines.size() + " state machine"
                + (machines.size() == 1 ? "" : "s") + ": "
                + String.join(", ", machines.stream().map(DetectedStateMachine::name).toList()));
        if (GitIgnore.addWorkFolder(root)) out.println("added .sfn-test/ to .gitignore");
        ProjectConfig config = ConfigLoader.load(configFile);
        for (StateMachineConfig sm : config.stateMachines()) {
            starterFiles(sm, config);
        }
        out.println("next: sfn-test run");
        out.flush();
    }

    /** A project with no state machine yet gets a small one, so that {@code sfn-test run} works at once. */
    private DetectedStateMachine writeExample() throws IOException {
        Path file = root.resolve(EXAMPLE).normalize();
        Files.createDirectories(file.getParent());
        try (var in = ProjectInitializer.class.getResourceAsStream("example.asl.json")) {
            Files.write(file, in.readAllBytes());
        }
        out.println("no state machine found; wrote " + root.relativize(file) + " to start with");
        return new DetectedStateMachine("example", "asl", EXAMPLE, Optional.empty());
    }

    private void starterFiles(StateMachineConfig sm, ProjectConfig config) throws IOException {
        try {
            Path asl = SuitePlanner.definitionFile(sm, config);
            for (Path p : StarterFiles.write(sm, asl, config)) out.println("wrote " + root.relativize(p));
        } catch (UserInputException | InputException e) {
            // One unreadable definition must not stop the others; the config entry is written all the same.
            out.println("no starter files for " + sm.name() + ": " + e.getMessage());
        }
    }
}
