package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.exec.Interpreter;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.parse.DefinitionException;
import dev.sfntest.engine.parse.DefinitionParser;

/**
 * The engine's facade: load a definition once ({@link #load}), execute it any number of times
 * ({@link #execute}). Thread-safe; executions share nothing mutable.
 */
public final class Engine {
    private static final Interpreter INTERPRETER = new Interpreter();

    private Engine() {}

    /** Parses, validates and compiles an ASL definition; every problem is reported at once. */
    public static StateMachine load(String definitionJson) throws DefinitionException {
        return DefinitionParser.parse(definitionJson);
    }

    /** Same as {@link #load(String)} for a definition already parsed as JSON. */
    public static StateMachine load(JsonNode definition) throws DefinitionException {
        return DefinitionParser.parse(definition);
    }

    /** Runs one execution. Workflow errors come back as a FAILED result; this method does not throw them. */
    public static ExecutionResult execute(StateMachine machine, ExecutionRequest request) {
        return INTERPRETER.execute(machine, request);
    }
}
