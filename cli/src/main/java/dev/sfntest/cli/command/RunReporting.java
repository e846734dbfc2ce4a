package dev.sfntest.cli.command;

import dev.sfntest.cli.junit.PlannedSuite;
import dev.sfntest.cli.junit.SfnTestEngine;
import dev.sfntest.cli.report.ConsoleReporter;
import dev.sfntest.cli.report.JUnitXmlReporter;
import dev.sfntest.cli.report.JsonReporter;
import dev.sfntest.cli.report.Summary;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs planned suites through the JUnit Platform Launcher (one engine per suite) with the chosen reporter as a
 * listener, and turns the summary into the exit code.
 */
final class RunReporting {
    private final String reporter;
    private final Path output;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean color;
    private final boolean quiet;
    private final boolean verbose;

    RunReporting(String reporter, Path output, PrintWriter out, PrintWriter err, boolean color, boolean quiet, boolean verbose) {
        this.reporter = reporter;
        this.output = output;
        this.out = out;
        this.err = err;
        this.color = color;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    int run(List<PlannedSuite> suites) throws Exception {
        long t0 = System.nanoTime();
        Summary summary = new Summary();
        List<TestExecutionListener> listeners = new ArrayList<>();
        // The console reporter always counts; it prints only for the default reporter or when a file is written.
        boolean console = reporter.equals("default") || output != null;
        ConsoleReporter consoleReporter = new ConsoleReporter(console ? out : new PrintWriter(PrintWriter.nullWriter()),
                color, quiet, verbose, summary);
        listeners.add(consoleReporter);
        JsonReporter json = reporter.equals("json") ? new JsonReporter() : null;
        if (json != null) listeners.add(json);
        JUnitXmlReporter junit = reporter.equals("junit") ? new JUnitXmlReporter(err) : null;
        if (junit != null) listeners.add(junit.listener());

        LauncherConfig.Builder config = LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.platform.discovery.listener.default", "logging")
                // Pruning looks for test-class frames in failure stack traces; our cases have none, and the
                // look-up costs a tenth of a millisecond per case.
                .configurationParameter("junit.platform.stacktrace.pruning.enabled", "false");
        for (int i = 0; i < suites.size(); i++) {
            String id = String.format("sfn-test-%04d", i + 1);
            config.addTestEngines(new SfnTestEngine(id, suites.get(i)));
            request.selectors(DiscoverySelectors.selectUniqueId("[engine:" + id + "]"));
        }
        Launcher launcher = LauncherFactory.create(config.build());
        LauncherDiscoveryRequest discovery = request.build();
        launcher.execute(discovery, listeners.toArray(new TestExecutionListener[0]));
        long elapsed = (System.nanoTime() - t0) / 1_000_000;

        if (console) consoleReporter.printSummary(elapsed);
        try {
            if (json != null) write(json.render(summary, elapsed));
            if (junit != null) {
                String xml = junit.writeTo(output);
                if (output == null) out.print(xml);
            }
        } catch (java.io.IOException e) {
            throw new UserInputException("sfn-test: cannot write the report to " + output + ": " + e);
        }
        out.flush();
        return summary.failed.get() > 0 ? ExitCodes.TEST_FAILED : ExitCodes.PASSED;
    }

    private void write(String text) throws java.io.IOException {
        if (output == null) {
            out.println(text);
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(output, text + "\n", StandardCharsets.UTF_8);
        }
    }
}
