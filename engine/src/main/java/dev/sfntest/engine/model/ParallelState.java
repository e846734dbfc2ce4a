package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.PayloadTemplate;
import dev.sfntest.engine.dataflow.ResultPath;
import dev.sfntest.engine.dataflow.ValueTemplate;
import java.util.List;

/** A Parallel state: every branch gets the same input; the result is the branch outputs in order. */
public record ParallelState(StateCommon common, List<StateMachine> branches, ValueTemplate parameters,
                            PayloadTemplate resultSelector, ResultPath resultPath, Resilience resilience)
        implements State {}
