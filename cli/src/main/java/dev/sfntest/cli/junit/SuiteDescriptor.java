package dev.sfntest.cli.junit;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/** A suite file: the container of its test cases (and, as an engine root, one JUnit XML testsuite). */
final class SuiteDescriptor extends AbstractTestDescriptor {
    private final PlannedSuite suite;

    SuiteDescriptor(UniqueId id, PlannedSuite suite) {
        super(id, suite.name(), source(suite));
        this.suite = suite;
    }

    private static TestSource source(PlannedSuite suite) {
        return suite.file() == null ? null : FileSource.from(new java.io.File(suite.file()));
    }

    PlannedSuite suite() {
        return suite;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public String getLegacyReportingName() {
        return suite.name();
    }
}
