package dev.sfntest.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
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
