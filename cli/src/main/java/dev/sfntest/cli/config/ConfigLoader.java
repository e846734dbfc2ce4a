package dev.sfntest.cli.config;

import dev.sfntest.cli.yaml.Located;
import dev.sfntest.cli.yaml.MappingReader;
import dev.sfntest.cli.yaml.Problems;
import dev.sfntest.cli.yaml.YamlNode;
import dev.sfntest.cli.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code sfn-test.config.yaml}.
 *
 * <p>Where it is looked for: the reference tool reads it from the working directory only. We look in the
 * folder of the suite being run and its parents first (so {@code sfn-test run -s some/dir/x.test.yaml} works
 * from anywhere), then in the working directory. Relative paths in the file resolve against its own folder.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "sfn-test.config.yaml";

    private static final Set<String> TOP_KEYS = MappingReader.keys("version", "paths", "stateMachines",
            "executionContext");
    private static final Set<String> PATH_KEYS = MappingReader.keys("mocks", "testSuites", "testData",
            "extracted", "coverage");
    private static final Set<String> MACHINE_KEYS = MappingReader.keys("name", "source");
    private static final Set<String> SOURCE_KEYS = MappingReader.keys("type", "path", "stateMachineName");
    private static final Map<String, SourceType> TYPES = new java.util.LinkedHashMap<>(
            java.util.Map.of("asl", SourceType.ASL));

    static {
        TYPES.put("cdk", SourceType.CDK);
    }

    private ConfigLoader() {}

    /** The config file in {@code start} or its nearest parent that has one, else in {@code cwd}. */
    public static Optional<Path> find(Path start, Path cwd) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        Path inCwd = cwd.toAbsolutePath().normalize().resolve(FILE_NAME);
        return Files.isRegularFile(inCwd) ? Optional.of(inCwd) : Optional.empty();
    }

    /** The config found by {@link #find}, or {@link ProjectConfig#none} rooted at {@code cwd}. */
    public static ProjectConfig loadNearest(Path start, Path cwd) {
        return find(start, cwd).map(ConfigLoader::load).orElseGet(() -> ProjectConfig.none(cwd));
    }

    /** The config file {@code --config} names if any, else {@link #loadNearest}. */
    public static ProjectConfig loadGivenOrNearest(Optional<Path> given, Path start, Path cwd) {
        return given.map(ConfigLoader::load).orElseGet(() -> loadNearest(start, cwd));
    }

    /**
     * Reads a config file.
     *
     * @throws dev.sfntest.cli.yaml.InputException with every problem in the file
     */
    public static ProjectConfig load(Path file) {
        Problems problems = new Problems();
        Path root = file.toAbsolutePath().normalize().getParent();
        Optional<ProjectConfig> config = YamlReader.read(file, problems)
                .flatMap(node -> MappingReader.of(node, "", problems))
                .map(m -> read(m, file, root, problems));
        problems.throwIfAny();
        return config.orElseThrow();
    }

    private static ProjectConfig read(MappingReader m, Path file, Path root, Problems problems) {
        m.allowOnly(TOP_KEYS);
        // The reference tool defaults a missing version to "1.0"; we accept that too.
        String version = m.scalarText("version").orElse("1.0");
        if (!version.equals("1.0")) {
            problems.add(m.node("version").orElseThrow().location(), "version",
                    "version must be \"1.0\", not '" + version + "'");
        }
        ProjectPaths defaults = ProjectPaths.defaults(root);
        ProjectPaths paths = m.mapping("paths").map(p -> {
            p.allowOnly(PATH_KEYS);
            return new ProjectPaths(dir(p, "mocks", root, defaults.mocks()),
                    dir(p, "testSuites", root, defaults.testSuites()), dir(p, "testData", root, defaults.testData()),
                    dir(p, "extracted", root, defaults.extracted()), dir(p, "coverage", root, defaults.coverage()));
        }).orElse(defaults);
        List<StateMachineConfig> machines = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<YamlNode> items = m.list("stateMachines").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String path = "stateMachines[" + i + "]";
            MappingReader.of(items.get(i), path, problems).flatMap(s -> machine(s, root, problems))
                    .ifPresent(sm -> {
                        if (!names.add(sm.name())) {
                            problems.add(sm.location(), path + ".name",
                                    "state machine name '" + sm.name() + "' is used twice in stateMachines");
                        }
                        machines.add(sm);
                    });
        }
        ExecutionContextSpec context = m.node("executionContext")
                .map(n -> ExecutionContextSpec.read(n, "executionContext", problems))
                .orElse(ExecutionContextSpec.EMPTY);
        return new ProjectConfig(Optional.of(file), root, version, paths, machines, context);
    }

    private static Optional<StateMachineConfig> machine(MappingReader s, Path root, Problems problems) {
        s.allowOnly(MACHINE_KEYS);
        Optional<Located<String>> name = s.required("name").flatMap(n -> s.locatedString("name"));
        Optional<StateMachineSource> source = s.required("source").flatMap(n -> s.mapping("source")).flatMap(src -> {
            src.allowOnly(SOURCE_KEYS);
            Optional<SourceType> type = src.required("type").flatMap(n -> src.oneOf("type", TYPES));
            Optional<String> path = src.requiredString("path");
            Optional<String> logicalId = src.string("stateMachineName");
            if (type.orElse(null) == SourceType.CDK && logicalId.isEmpty() && !src.has("stateMachineName")) {
                problems.add(src.location(), src.pathOf("stateMachineName"), "a cdk source needs "
                        + "'stateMachineName' (the logical id of the state machine in the template) in "
                        + src.path());
            }
            if (type.isEmpty() || path.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StateMachineSource(type.get(), root.resolve(path.get()).normalize(), logicalId));
        });
        if (name.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StateMachineConfig(name.get().value(), source.get(), name.get().location()));
    }

    private static Path dir(MappingReader p, String key, Path root, Path fallback) {
        return p.string(key).map(s -> root.resolve(s).normalize()).orElse(fallback);
    }
}
