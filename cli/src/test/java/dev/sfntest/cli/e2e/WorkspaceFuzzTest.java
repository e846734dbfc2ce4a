package dev.sfntest.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Seeded mutation fuzzing of the user's files: one YAML file of a copy of the example workspace (the config, a
 * mock or a suite) is mutated — a key removed or misspelt, a value of another type, a list where a map belongs, an
 * empty document — and {@code sfn-test run} must still answer as a tool should: exit 0 or 1 when the mutant is
 * valid, or exit 2 with a one-paragraph message on stderr. An exit of 3, a stack trace or an empty message is a
 * bug. A failure names the seed, the file and the mutation, so it can be replayed with {@code -Dfuzz.seed}.
 */
class WorkspaceFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261204L);
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 150);

    private static final List<Object> ODD_VALUES = new ArrayList<>(java.util.Arrays.asList(null, true, 0, -1, 1.5,
            "", "x", "./nowhere.json", "$.a", List.of(), List.of(1, "a"), Map.of(), Map.of("k", "v"),
            Map.of("state", "Nope"), List.of(Map.of("name", "n")), "9999999999999999999999"));
    private static final List<String> TYPO_KEYS = List.of("stateMachin", "testCase", "expectedOuput", "respone",
            "mocks ", "tyep", "Input", "timeout_ms");

    @TempDir
    Path workspace;

    @Test
    void everyMutatedFileGivesAVerdictOrAReadableError() throws IOException {
        copyExampleWorkspace();
        List<Path> targets = new ArrayList<>();
        targets.add(workspace.resolve("sfn-test.config.yaml"));
        try (Stream<Path> files = Stream.concat(Files.list(workspace.resolve("mocks")), Files.list(workspace.resolve("test-suites")))) {
            files.sorted().forEach(targets::add);
        }
        Random random = new Random(SEED);
        Yaml yaml = yaml();
        List<String> bugs = new ArrayList<>();
        int exit2 = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Path target = targets.get(random.nextInt(targets.size()));
            String original = Files.readString(target);
            Object tree = yaml.load(original);
            String mutation = mutate(tree, random);
            Object mutant = mutation.startsWith("document") ? ODD_VALUES.get(random.nextInt(ODD_VALUES.size())) : tree;
            Files.writeString(target, mutant == null ? "" : yaml.dump(mutant));
            try {
                String suite = target.getParent().getFileName().toString().equals("test-suites")
                        ? target.toString() : null;
                CliRun run = suite != null
                        ? CliRun.of("run", "-C", workspace.toString(), "--suite", suite, "--quiet")
                        : CliRun.of("run", "-C", workspace.toString(), "--quiet");
                String problem = problemWith(run);
                if (problem != null) {
                    bugs.add(problem + " — " + workspace.relativize(target) + " (" + mutation + "), seed " + SEED
                            + ", mutant " + i + "\n" + run.err());
                }
                if (run.exitCode() == 2) exit2++;
            } finally {
                Files.writeString(target, original);
            }
        }
        assertThat(bugs).as("mutants without a verdict or a readable error").isEmpty();
        assertThat(exit2).as("the mutations must also produce bad input, or the test tests nothing").isGreaterThan(MUTANTS / 5);
    }

    private static String problemWith(CliRun run) {
        return switch (run.exitCode()) {
            case 0, 1 -> run.err().contains("\tat ") ? "stack trace with exit " + run.exitCode() : null;
            case 2 -> run.err().isBlank() ? "exit 2 without a message"
                    : run.err().contains("\tat ") || run.err().matches("(?s).*\\bjava\\.[a-z]+\\.[A-Z]\\w*(Exception|Error)\\b.*")
                    ? "exit 2 with a stack trace or a raw Java exception" : null;
            default -> "exit " + run.exitCode();
        };
    }

    /** Mutates the YAML tree in place (or says the whole document is replaced); returns what was done. */
    @SuppressWarnings("unchecked")
    private static String mutate(Object tree, Random random) {
        if (!(tree instanceof Map) || random.nextInt(20) == 0) return "document replaced";
        List<Object> containers = new ArrayList<>();
        collect(tree, containers);
        Object target = containers.get(random.nextInt(containers.size()));
        Object odd = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        if (target instanceof List<?> list) {
            List<Object> l = (List<Object>) list;
            if (l.isEmpty() || random.nextBoolean()) {
                l.add(odd);
                return "appended " + odd + " to a list";
            }
            int index = random.nextInt(l.size());
            if (random.nextBoolean()) {
                l.remove(index);
                return "removed list element " + index;
            }
            l.set(index, odd);
            return "list element " + index + " = " + odd;
        }
        Map<Object, Object> map = (Map<Object, Object>) target;
        List<Object> keys = new ArrayList<>(map.keySet());
        if (keys.isEmpty()) {
            map.put(TYPO_KEYS.get(random.nextInt(TYPO_KEYS.size())), odd);
            return "added a key to an empty map";
        }
        Object key = keys.get(random.nextInt(keys.size()));
        switch (random.nextInt(3)) {
            case 0 -> {
                map.remove(key);
                return "removed " + key;
            }
            case 1 -> {
                Object value = map.remove(key);
                String typo = String.valueOf(key).length() > 2 ? String.valueOf(key).substring(1) : TYPO_KEYS.get(0);
                map.put(typo, value);
                return "renamed " + key + " to " + typo;
            }
            default -> {
                map.put(key, odd);
                return key + " = " + odd;
            }
        }
    }

    private static void collect(Object node, List<Object> into) {
        if (node instanceof Map<?, ?> m) {
            into.add(m);
            m.values().forEach(v -> collect(v, into));
        } else if (node instanceof List<?> l) {
            into.add(l);
            l.forEach(v -> collect(v, into));
        }
    }

    private void copyExampleWorkspace() throws IOException {
        Path root = CliRun.repoRoot();
        Files.copy(root.resolve("sfn-test.config.yaml"), workspace.resolve("sfn-test.config.yaml"));
        for (String folder : List.of("state-machines", "mocks", "test-suites", "test-data")) {
            Path from = root.resolve(folder);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = workspace.resolve(folder).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
        }
    }

    private static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        LoaderOptions load = new LoaderOptions();
        return new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(load),
                new org.yaml.snakeyaml.representer.Representer(dump), dump, load);
    }
}
