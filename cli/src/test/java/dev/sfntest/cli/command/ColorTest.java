package dev.sfntest.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Colours only on a terminal, and never with --no-color (NO_COLOR in the environment counts the same). */
class ColorTest {
    private static Path suite() throws Exception {
        Path classes = Path.of(ColorTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent().getParent().resolve("src/test/resources/e2e-reports/suites/a.test.yaml");
    }

    private static String run(boolean terminal, String... extra) throws Exception {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("run", "--suite", suite().toString()));
        args.addAll(List.of(extra));
        SfnTestCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), terminal,
                args.toArray(new String[0]));
        return out.toString();
    }

    @Test
    void colorsTheConsoleReportOnATerminal() throws Exception {
        if (System.getenv("NO_COLOR") != null) return; // the build's own environment turns colours off
        assertThat(run(true)).contains("\u001b[");
    }

    @Test
    void noColorFlagWinsOverATerminal() throws Exception {
        assertThat(run(true, "--no-color")).doesNotContain("\u001b[").contains("1 passed, 1 failed, 1 skipped");
    }

    @Test
    void writersThatAreNotATerminalNeverGetEscapeCodes() throws Exception {
        assertThat(run(false)).doesNotContain("\u001b[").contains("1 passed, 1 failed, 1 skipped");
    }
}
