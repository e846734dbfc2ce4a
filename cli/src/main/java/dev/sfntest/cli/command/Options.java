package dev.sfntest.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Building blocks the commands share: option models built in code (see {@link RunCommand#spec()}), -C. */
final class Options {
    private Options() {}

    static OptionSpec.Builder option(Class<?> type, String label, String description, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label).description(description);
    }

    static OptionSpec flag(String description, String name) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build();
    }

    static OptionSpec directory() {
        return option(Path.class, "DIR", "Run as if started in DIR: relative paths and the config search start there.",
                "-C", "--directory").build();
    }

    /** {@code --config FILE}, on the top-level command (as the TypeScript tool has it) and on each subcommand. */
    static OptionSpec config() {
        return option(Path.class, "FILE", "Config file to use instead of the nearest one.",
                "--config").build();
    }

    /**
     * The config file {@code --config} names, given after the subcommand or before it ({@code sfn-test --config F
     * run}); relative to the working folder {@code cwd}. An error when it is not a file.
     */
    static Optional<Path> configFile(CommandSpec spec, Path cwd) {
        Path given = value(spec, "--config", null);
        if (given == null && spec.parent() != null) given = value(spec.parent(), "--config", null);
        if (given == null) return Optional.empty();
        Path file = cwd.resolve(given).normalize();
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("sfn-test: --config " + given + ": no such file"
                    + (Files.isDirectory(file) ? " (it is a folder; name the sfn-test.config.yaml in it)" : "") + ".");
        }
        return Optional.of(file);
    }

    /** The parsed value of an option, or {@code orElse} when it was not given. */
    static <T> T value(CommandSpec spec, String option, T orElse) {
        T value = spec.findOption(option).getValue();
        return value == null ? orElse : value;
    }

    /** The folder -C names (else the working folder), absolute; an error when it is not a folder. */
    static Path workingFolder(Path directory) {
        Path cwd = (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
        if (!Files.isDirectory(cwd)) {
            throw new UserInputException("sfn-test: --directory " + directory + " is not a folder.");
        }
        return cwd;
    }
}
