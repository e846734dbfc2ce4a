package dev.sfntest.cli.run;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.parse.DefinitionException;
import dev.sfntest.engine.parse.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Loads ASL definitions from files, once per file per run (a suite of 1,000 cases loads its machine once), and
 * turns definition problems into messages naming file, line and field.
 */
public final class WorkflowLoader {
    private final Map<Path, LoadedWorkflow> cache = new ConcurrentHashMap<>();

    /** A loaded definition and the names of all its states (top level and nested). */
    public record LoadedWorkflow(Path file, StateMachine machine, java.util.Set<String> stateNames) {}

    public LoadedWorkflow load(Path file) {
        return cache.computeIfAbsent(file.toAbsolutePath().normalize(), WorkflowLoader::read);
    }

    /** Parses definition JSON text; {@code displayName} names it in messages. */
    public static LoadedWorkflow parse(String json, Path displayName) {
        notJson(json).ifPresent(e -> {
            var at = e.getLocation();
            throw new UserInputException(displayName + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": the state machine definition is not valid JSON: " + e.getOriginalMessage());
        });
        try {
            StateMachine machine = Engine.load(json);
            return new LoadedWorkflow(displayName, machine, StateNames.of(machine));
        } catch (DefinitionException e) {
            JsonPointerLines lines = new JsonPointerLines(json);
            String problems = e.diagnostics().stream().map(d -> render(displayName, lines, d))
                    .collect(Collectors.joining("\n"));
            throw new UserInputException(displayName + " is not a valid state machine definition:\n" + problems);
        }
    }

    /** The syntax error of a text that is not JSON, with its position; empty for valid JSON. */
    private static java.util.Optional<JsonProcessingException> notJson(String json) {
        try (JsonParser p = new ObjectMapper().createParser(json)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            p.readValueAsTree();
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                return java.util.Optional.of(new JsonParseException(p, "unexpected '" + p.getText()
                        + "' after the end of the definition"));
            }
            return java.util.Optional.empty();
        } catch (JsonProcessingException e) {
            return java.util.Optional.of(e);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static LoadedWorkflow read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": state machine file not found.");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the state machine file: " + e.getMessage());
        }
        return parse(json, file);
    }

    private static String render(Path file, JsonPointerLines lines, Diagnostic d) {
        String pos = lines.position(d.pointer());
        return "  " + file + (pos.isEmpty() ? "" : ":" + pos) + ": " + (d.pointer().isEmpty() ? "" : d.pointer() + ": ")
                + d.message();
    }
}
