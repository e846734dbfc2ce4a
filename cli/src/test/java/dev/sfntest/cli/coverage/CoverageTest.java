package dev.sfntest.cli.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.spi.TaskOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final String FLOW = """
            {"StartAt":"Route","States":{
              "Route":{"Type":"Choice","Choices":[
                  {"Variable":"$.kind","StringEquals":"a","Next":"Work"},
                  {"Variable":"$.kind","StringEquals":"b","Next":"Work"}],"Default":"Skip"},
              "Work":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","ResultPath":"$.r",
                  "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Skip"}],"Next":"Fan"},
              "Fan":{"Type":"Parallel","ResultPath":null,"Next":"Each","Branches":[
                  {"StartAt":"Same","States":{"Same":{"Type":"Pass","End":true}}},
                  {"StartAt":"Same","States":{"Same":{"Type":"Pass","Next":"Other"},"Other":{"Type":"Pass","End":true}}}]},
              "Each":{"Type":"Map","ItemsPath":"$.items","ResultPath":null,"End":true,
                  "ItemProcessor":{"StartAt":"Inner","States":{"Inner":{"Type":"Pass","End":true}}}},
              "Skip":{"Type":"Succeed"}}}""";

    @Test
    void theModelNamesNestedStatesAndEveryTransitionField() throws Exception {
        CoverageModel model = CoverageModel.of(Engine.load(FLOW));

        assertThat(model.states()).containsExactly("Route", "Work", "Fan", "Fan[0].Same", "Fan[1].Same",
                "Fan[1].Other", "Each", "Each.Inner", "Skip");
        assertThat(model.transitions()).extracting(Transition::toString).containsExactly(
                "Route → Work (Choices[0])", "Route → Work (Choices[1])", "Route → Skip (Default)",
                "Work → Fan (Next)", "Work → Skip (Catch[0])", "Fan → Each (Next)", "Fan[1].Same → Fan[1].Other (Next)");
    }

    @Test
    void countsEntriesAcrossExecutionsAndNestedRuns() throws Exception {
        MachineCoverage coverage = run(List.of("{\"kind\":\"a\",\"items\":[1,2,3]}", "{\"kind\":\"a\",\"items\":[]}"), false);

        assertThat(coverage.executions()).isEqualTo(2);
        assertThat(coverage.distinctPaths()).isEqualTo(1);
        assertThat(coverage.entries()).containsEntry("Route", 2L).containsEntry("Each.Inner", 3L)
                .containsEntry("Fan[1].Other", 2L).containsEntry("Skip", 0L);
        assertThat(coverage.statesNotEntered()).containsExactly("Skip");
        // Both Choice rules lead to Work: an execution does not record which matched, so both count as taken.
        assertThat(coverage.transitionsNotTaken()).extracting(Transition::toString)
                .containsExactly("Route → Skip (Default)", "Work → Skip (Catch[0])");
    }

    @Test
    void aCaughtErrorCoversTheCatchTransition() throws Exception {
        MachineCoverage coverage = run(List.of("{\"kind\":\"b\",\"items\":[]}"), true);

        assertThat(coverage.transitionsNotTaken()).extracting(Transition::toString)
                .containsExactly("Route → Skip (Default)", "Work → Fan (Next)", "Fan → Each (Next)",
                        "Fan[1].Same → Fan[1].Other (Next)");
    }

    @Test
    void jsonReportHasTotalsPercentagesAndWhatIsMissing() throws Exception {
        JsonNode report = JsonCoverageReport.render(List.of(run(List.of("{\"kind\":\"a\",\"items\":[1]}"), false)));

        JsonNode machine = report.get("stateMachines").get(0);
        assertThat(machine.get("name").asText()).isEqualTo("flow");
        assertThat(machine.get("executions").asInt()).isEqualTo(1);
        assertThat(machine.get("distinctPaths").asInt()).isEqualTo(1);
        assertThat(Json.write(machine.get("states").get("notEntered"))).isEqualTo("[\"Skip\"]");
        assertThat(machine.get("states").get("covered").asInt()).isEqualTo(8);
        assertThat(machine.get("states").get("total").asInt()).isEqualTo(9);
        assertThat(machine.get("states").get("percent").asDouble()).isEqualTo(88.8);
        assertThat(machine.get("states").get("entries").get("Each.Inner").asInt()).isEqualTo(1);
        assertThat(Json.write(machine.get("transitions").get("notTaken").get(0)))
                .isEqualTo("{\"from\":\"Route\",\"to\":\"Skip\",\"via\":\"Default\"}");
    }

    @Test
    void htmlReportMarksEveryUncoveredRowAndEscapesNames() throws Exception {
        String html = HtmlCoverageReport.render(List.of(run(List.of("{\"kind\":\"a\",\"items\":[]}"), false)));

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script");
        assertThat(html).contains("<tr class=\"miss\"><td>Skip</td><td class=\"num\">0</td></tr>");
        assertThat(html).contains("<tr class=\"miss\"><td>Each.Inner</td>");
        assertThat(html).contains("<tr class=\"miss\"><td>Work → Skip</td><td>Catch[0]</td></tr>");
        assertThat(html).contains("<tr><td>Route</td><td class=\"num\">1</td></tr>");
    }

    @Test
    void percentagesRoundDownSoAGapNeverShowsAsAHundred() {
        assertThat(MachineCoverage.percent(999, 1000)).isEqualTo(99.9);
        assertThat(MachineCoverage.percent(9999, 10000)).isEqualTo(99.9);
        assertThat(MachineCoverage.percent(0, 0)).isEqualTo(100.0);
        assertThat(TextCoverageReport.ratio(2, 3)).isEqualTo("2/3 (66.6%)");
        assertThat(TextCoverageReport.ratio(3, 3)).isEqualTo("3/3 (100%)");
    }

    private static MachineCoverage run(List<String> inputs, boolean taskFails) throws Exception {
        StateMachine machine = Engine.load(FLOW);
        JsonNode taskResult = Json.parse("{}");
        CoverageRecorder recorder = new CoverageRecorder();
        for (String input : inputs) {
            ExecutionRequest request = ExecutionRequest.of(Json.parse(input)).withTaskInvoker(inv -> taskFails
                    ? TaskOutcome.failure("Boom", "b") : TaskOutcome.success(taskResult));
            recorder.record("flow", machine, Engine.execute(machine, request));
        }
        return recorder.machines().get(0);
    }
}
