package dev.sfntest.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h/--help} and {@code -V/--version}, as picocli's {@code mixinStandardHelpOptions} adds them, but built in
 * code: the mixin is read from annotations, which costs start-up time on every run.
 */
final class StandardHelpOptions {
    private StandardHelpOptions() {}

    static CommandSpec addTo(CommandSpec spec) {
        spec.versionProvider(new VersionProvider());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }
}
