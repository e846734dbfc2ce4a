package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ResultPath;
import dev.sfntest.engine.dataflow.ValueTemplate;
import java.util.List;

/** One Catch entry: ResultPath (JSONPath) or Output (JSONata), Assign, and the state to continue with. */
public record Catcher(List<String> errorEquals, String next, ResultPath resultPath, ValueTemplate output,
                      ValueTemplate assign) {}
