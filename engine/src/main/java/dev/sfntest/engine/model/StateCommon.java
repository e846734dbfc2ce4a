package dev.sfntest.engine.model;

import dev.sfntest.engine.dataflow.ValueTemplate;

/**
 * Fields every state type shares.
 *
 * @param name          the state's name
 * @param type          AWS's type name (Pass, Task, …)
 * @param queryLanguage the language this state evaluates with
 * @param next          the Next state, or null
 * @param end           true for End: true
 * @param inputPath     JSONPath InputPath (absent = $)
 * @param outputPath    JSONPath OutputPath (absent = $)
 * @param output        JSONata Output, or null
 * @param assign        Assign, or null
 */
public record StateCommon(String name, String type, QueryLanguage queryLanguage, String next, boolean end,
                          PathSelector inputPath, PathSelector outputPath, ValueTemplate output,
                          ValueTemplate assign) {

    public boolean isJsonata() {
        return queryLanguage == QueryLanguage.JSONATA;
    }
}
