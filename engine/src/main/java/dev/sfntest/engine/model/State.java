package dev.sfntest.engine.model;

/** One state of a workflow. Each type is a record holding its compiled fields. */
public sealed interface State permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState,
        ParallelState, MapState {

    StateCommon common();

    default String name() {
        return common().name();
    }
}
