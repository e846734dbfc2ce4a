package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.nio.file.Path;

/** Tiny inline templates for the tests of this package. */
final class Templates {
    static final AwsEnvironment ENV = new AwsEnvironment("eu-west-1", "111122223333");

    private Templates() {}

    /** A template from JSON text (single quotes stand for double quotes, to keep text blocks readable). */
    static Template of(String json) {
        try {
            return new Template(Path.of("Stack.template.json"), (ObjectNode) Json.parse(json.replace('\'', '"')));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
