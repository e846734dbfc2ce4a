package dev.sfntest.cli.config;

import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Located;
import dev.sfntest.cli.yaml.Location;
import dev.sfntest.cli.yaml.Problem;
import dev.sfntest.engine.parse.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The project configuration ({@code sfn-test.config.yaml}), or the defaults when a project has none, and the
 * rules that turn names and relative paths in suites and mocks into files.
 *
 * @param file  the config file, empty when there is none (then {@code root} is the working directory)
 * @param root  the folder relative paths of the project are resolved against
 */
public record ProjectConfig(Optional<Path> file, Path root, String version, ProjectPaths paths,
                            List<StateMachineConfig> stateMachines, ExecutionContextSpec executionContext) {

    public ProjectConfig {
        stateMachines = List.copyOf(stateMachines);
    }

    /** No config file: default paths under {@code cwd}, no named state machines. */
    public static ProjectConfig none(Path cwd) {
        Path root = cwd.toAbsolutePath().normalize();
        return new ProjectConfig(Optional.empty(), root, "1.0", ProjectPaths.defaults(root), List.of(),
                ExecutionContextSpec.EMPTY);
    }

    public Optional<StateMachineConfig> stateMachine(String name) {
        return stateMachines.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * A suite's {@code stateMachine} value: a configured name, else a path tried relative to the naming file's
     * folder, then the project root.
     *
     * @param namingDir the folder of the file that holds the value (the suite's folder)
     * @throws InputException naming every place searched when neither exists
     */
    public StateMachineConfig resolveStateMachine(Located<String> nameOrPath, Path namingDir) {
        Optional<StateMachineConfig> named = stateMachine(nameOrPath.value());
        if (named.isPresent()) {
            return named.get();
        }
        List<Path> candidates = pathCandidates(nameOrPath.value(), namingDir);
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return new StateMachineConfig(baseName(candidate), new StateMachineSource(SourceType.ASL,
                        candidate, Optional.empty()), nameOrPath.location());
            }
        }
        List<String> names = stateMachines.stream().map(StateMachineConfig::name).toList();
        throw notFound(nameOrPath, "state machine", names, candidates);
    }

    /**
     * A {@code baseMock} value: {@code <paths.mocks>/<name>.mock.yaml} when that file exists, else a path tried
     * relative to the naming file's folder, then the project root.
     */
    public Path resolveMock(Located<String> nameOrPath, Path namingDir) {
        List<Path> candidates = new ArrayList<>();
        if (!nameOrPath.value().contains("/") && !nameOrPath.value().contains("\\")) {
            candidates.add(paths.mocks().resolve(nameOrPath.value() + ".mock.yaml"));
        }
        candidates.addAll(pathCandidates(nameOrPath.value(), namingDir));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw notFound(nameOrPath, "mock file", List.of(), candidates);
    }

    /** The mock a suite uses when it names none: {@code <paths.mocks>/<stateMachineName>.mock.yaml}, if present. */
    public Optional<Path> defaultMock(String stateMachineName) {
        Path candidate = paths.mocks().resolve(stateMachineName + ".mock.yaml");
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /**
     * Where a file named inside a mock ({@code responseFile}, {@code dataFile}) may be, in the order tried: a
     * plain name under {@code paths.testData}; {@code ./} or {@code ../} from the project root — or, with no
     * config file, from the naming file's folder; an absolute path as it is. The naming file's folder is also
     * tried last, as a convenience.
     */
    public List<Path> dataFileCandidates(String raw, Path namingDir) {
        Path given = Path.of(raw);
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        if (given.isAbsolute()) {
            out.add(given.normalize());
        } else if (raw.startsWith("./") || raw.startsWith("../") || raw.startsWith(".\\")
                || raw.startsWith("..\\")) {
            if (file.isPresent()) {
                out.add(root.resolve(given).normalize());
            }
            out.add(namingDir.toAbsolutePath().resolve(given).normalize());
            out.add(root.resolve(given).normalize());
        } else {
            out.add(paths.testData().resolve(given).normalize());
            out.add(namingDir.toAbsolutePath().resolve(given).normalize());
        }
        return List.copyOf(out);
    }

    /** The first existing {@link #dataFileCandidates}, or a problem listing every place looked at. */
    public Path resolveDataFile(Located<String> raw, Path namingDir, String keyPath) {
        List<Path> candidates = dataFileCandidates(raw.value(), namingDir);
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new InputException(Problem.at(raw.location(), keyPath, "file '" + raw.value() + "' not found; looked "
                + "for " + candidates.stream().map(Path::toString).collect(Collectors.joining(", "))));
    }

    private List<Path> pathCandidates(String raw, Path namingDir) {
        Path given = Path.of(raw);
        if (given.isAbsolute()) {
            return List.of(given.normalize());
        }
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        out.add(namingDir.toAbsolutePath().resolve(given).normalize());
        out.add(root.resolve(given).normalize());
        return List.copyOf(out);
    }

    private InputException notFound(Located<String> value, String what, List<String> names, List<Path> looked) {
        Location at = value.location();
        String where = looked.stream().map(Path::toString).collect(Collectors.joining(", "));
        String message = names.isEmpty()
                ? what + " '" + value.value() + "' not found; looked for " + where
                : what + " '" + value.value() + "' is neither a name in " + file.map(Path::toString).orElse("")
                  + " (" + String.join(", ", names) + ") nor a file; looked for " + where;
        String suggestion = Suggestions.didYouMean(value.value(), names).orElse(null);
        return new InputException(Problem.at(at, "", message, suggestion));
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : List.of(".asl.json", ".json", ".asl.yaml", ".yaml")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
