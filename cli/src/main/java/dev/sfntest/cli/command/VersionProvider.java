package dev.sfntest.cli.command;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), or "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SfnTestCommand.class.getPackage().getImplementationVersion();
        return new String[] {"sfn-test " + (v == null ? "dev" : v)};
    }
}
