package dev.sfntest.cli.command;

import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.engine.parse.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which suite files {@code run} runs: those given with {@code --suite} (a file, a folder of them, or a name looked up
 * in {@code paths.testSuites}), else every suite under {@code paths.testSuites}, narrowed by {@code --name}.
 */
final class SuiteSelection {
    private SuiteSelection() {}

    /**
     * The suite files given; a folder stands for every *.test.yaml under it. {@code config} is read only for a
     * name, so that suites given as files do not depend on the config of the folder the run starts in.
     */
    static List<Path> given(List<Path> given, UnaryOperator<Path> at, Supplier<ProjectConfig> config)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path typed : given) {
            Path f = at.apply(typed);
            if (Files.isDirectory(f)) {
                List<Path> inside = suitesUnder(f);
                if (inside.isEmpty()) missing.add(f + ": this folder holds no test suites (*.test.yaml).");
                files.addAll(inside);
            } else if (Files.isRegularFile(f)) {
                files.add(f);
            } else if (isBareName(typed)) {
                suiteNamed(typed.toString(), config.get()).ifPresentOrElse(files::add,
                        () -> missing.add(noSuiteNamed(typed, config.get())));
            } else {
                missing.add(f + ": test suite file not found.");
            }
        }
        if (!missing.isEmpty()) throw new UserInputException(String.join("\n", missing));
        return files;
    }

    /** {@code --suite order-flow}: a name, as the TypeScript tool takes it, rather than a path. */
    private static boolean isBareName(Path typed) {
        String n = typed.toString();
        return typed.getNameCount() == 1 && !n.endsWith(".yaml") && !n.endsWith(".yml");
    }

    /** {@code <paths.testSuites>/<name>.test.yaml} (or {@code .test.yml}) of the config. */
    private static Optional<Path> suiteNamed(String name, ProjectConfig config) {
        Path dir = config.paths().testSuites();
        return Stream.of(".test.yaml", ".test.yml").map(ext -> dir.resolve(name + ext)).filter(Files::isRegularFile)
                .findFirst();
    }

    private static String noSuiteNamed(Path typed, ProjectConfig config) {
        Path dir = config.paths().testSuites();
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(dir)) {
                suitesUnder(dir).forEach(p -> names.add(p.getFileName().toString().replaceFirst("\\.test\\.ya?ml$", "")));
            }
        } catch (IOException e) {
            // The list only helps the message; the error stands without it.
        }
        return typed + ": test suite not found: no such file, and no " + dir.resolve(typed + ".test.yaml")
                + Suggestions.didYouMean(typed.toString(), names).map(s -> "; " + s).orElse(".");
    }

    private static List<Path> suitesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".test.yaml") || p.toString().endsWith(".test.yml"))
                    .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    /** Every *.test.yaml (and *.yaml) under paths.testSuites, or only those of --name. */
    static List<Path> discover(ProjectConfig config, Path cwd, Optional<String> stateMachine) throws IOException {
        String name = stateMachine.orElse(null);
        if (config.file().isEmpty()) {
            throw new UserInputException("sfn-test: no --suite given and no sfn-test.config.yaml in " + cwd
                    + " or its parents; pass --suite FILE, or run 'sfn-test run --help'.");
        }
        Path dir = config.paths().testSuites();
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(config.file().map(Path::toString).orElse("config") + ": paths.testSuites is "
                    + dir + ", which is not a folder.");
        }
        List<Path> found = suitesUnder(dir);
        if (name != null && config.stateMachine(name).isEmpty()) {
            List<String> names = config.stateMachines().stream().map(sm -> sm.name()).toList();
            throw new UserInputException(config.file().map(Path::toString).orElse("config") + ": --name '" + name
                    + "' is not a configured state machine; configured: " + String.join(", ", names)
                    + Suggestions.didYouMean(name, names).map(s -> "; " + s).orElse("."));
        }
        if (name != null) {
            found.removeIf(p -> !p.getFileName().toString().startsWith(name + ".") && !mentions(p, name));
        }
        if (found.isEmpty()) {
            throw new UserInputException("sfn-test: no test suites (*.test.yaml) under " + dir
                    + (name == null ? "" : " for state machine '" + name + "'") + ".");
        }
        return found;
    }

    private static boolean mentions(Path suite, String stateMachine) {
        try {
            return Files.readAllLines(suite).stream().anyMatch(l -> l.matches("\\s*stateMachine:\\s*[\"']?"
                    + java.util.regex.Pattern.quote(stateMachine) + "[\"']?\\s*(#.*)?"));
        } catch (IOException e) {
            return false;
        }
    }
}
