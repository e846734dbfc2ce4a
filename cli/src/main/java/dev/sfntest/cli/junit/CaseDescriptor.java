package dev.sfntest.cli.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One test case. */
final class CaseDescriptor extends AbstractTestDescriptor {
    private final PlannedCase testCase;

    CaseDescriptor(UniqueId id, PlannedCase testCase) {
        super(id, testCase.name());
        this.testCase = testCase;
    }

    PlannedCase testCase() {
        return testCase;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
