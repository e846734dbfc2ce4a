package dev.sfntest.cli;

import dev.sfntest.cli.command.SfnTestCommand;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StartupWarmUp.begin();
        System.exit(SfnTestCommand.run(args));
    }
}
