package dev.sfntest.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * JUnit XML through JUnit's own {@link LegacyXmlReportGeneratingListener}: it writes one {@code TEST-*.xml} per
 * root of the test plan (one per suite file, since each suite runs as its own engine); {@link #writeTo} then
 * joins them into one {@code <testsuites>} document, the form CI systems read.
 */
public final class JUnitXmlReporter {
    private final Path workDir;
    private final LegacyXmlReportGeneratingListener listener;

    /** @param err where JUnit's listener reports problems writing its files (the command's error stream) */
    public JUnitXmlReporter(PrintWriter err) {
        try {
            this.workDir = Files.createTempDirectory("sfn-test-junit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.listener = new LegacyXmlReportGeneratingListener(workDir, err);
    }

    public LegacyXmlReportGeneratingListener listener() {
        return listener;
    }

    /** Writes the joined report to {@code target} (or returns it when target is null) and cleans up. */
    public String writeTo(Path target) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(workDir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".xml")).forEach(files::add);
        }
        files.sort(Comparator.comparing(JUnitXmlReporter::suiteOrder));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int start = text.indexOf("<testsuite");
            if (start >= 0) xml.append(text.substring(start).stripTrailing()).append('\n');
            Files.delete(f);
        }
        xml.append("</testsuites>\n");
        Files.deleteIfExists(workDir);
        if (target != null) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(target, xml, StandardCharsets.UTF_8);
        }
        return xml.toString();
    }

    /** Engines are named sfn-test-0001, sfn-test-0002, …: keep the suites in run order. */
    private static String suiteOrder(Path p) {
        return p.getFileName().toString();
    }
}
