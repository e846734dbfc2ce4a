package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.PayloadTemplate;
import dev.sfntest.engine.dataflow.ResultPath;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.ValueTemplate;

/**
 * A Task state.
 *
 * @param parameters     Parameters (JSONPath) or Arguments (JSONata), or null
 * @param timeoutSeconds TimeoutSeconds / TimeoutSecondsPath / JSONata form, or null
 * @param heartbeatSeconds HeartbeatSeconds and its forms, or null
 * @param credentials    Credentials, evaluated like Parameters, or null
 */
public record TaskState(StateCommon common, String resource, ValueTemplate parameters,
                        PayloadTemplate resultSelector, ResultPath resultPath, ValueSource timeoutSeconds,
                        ValueSource heartbeatSeconds, ValueTemplate credentials, Resilience resilience)
        implements State {}
