package dev.sfntest.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitionParserTest {

    static List<Diagnostic> problems(String json) {
        try {
            DefinitionParser.parse(json);
            return List.of();
        } catch (DefinitionException e) {
            return e.diagnostics();
        }
    }

    static List<String> pointers(String json) {
        return problems(json).stream().map(Diagnostic::pointer).toList();
    }

    @Test
    void acceptsAValidDefinition() throws Exception {
        assertThat(DefinitionParser.parse("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""").startAt()).isEqualTo("A");
    }

    @Test
    void reportsMissingStartAtAndStates() {
        assertThat(pointers("{}")).containsExactlyInAnyOrder("/StartAt", "/States");
    }

    @Test
    void reportsNextToAnUnknownStateAtTheFieldWithASuggestionAndNoEcho() {
        List<Diagnostic> d = problems("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Chrage"},"Charge":{"Type":"Pass","End":true}}}""");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/States/A/Next");
            assertThat(x.message()).contains("'Chrage'").contains("did you mean 'Charge'?").contains("States are: A, Charge");
        });
    }

    @Test
    void pointsAtTheChoiceRuleAndCatcherThatTransitionNowhere() {
        assertThat(pointers("""
                {"StartAt":"C","States":{
                  "C":{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"X"}],"Default":"Y"},
                  "T":{"Type":"Task","Resource":"r","End":true,"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Z"}]}}}"""))
                .contains("/States/C/Choices/0/Next", "/States/C/Default", "/States/T/Catch/0/Next");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"StartAt\":null,\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}|/StartAt",
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":null,\"End\":true}}}|/States/A/Type",
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":null,\"End\":true}}}|/States/A/Resource"})
    void rejectsARequiredStringThatIsNull(String row) {
        // Found by DefinitionFuzzTest: a null StartAt or Type used to load and fail at run time with a NullPointerException.
        String[] parts = row.split("\\|");
        assertThat(problems(parts[0])).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo(parts[1]);
            assertThat(d.message()).endsWith("must be a string, but is null.");
        });
    }

    @Test
    void suggestsTheClosestFieldName() {
        assertThat(problems("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","Resullt":1,"End":true}}}"""))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("did you mean 'Result'?"));
    }

    @Test
    void reportsBothAndNeitherOfNextAndEnd() {
        assertThat(problems("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A","End":true}}}""")).extracting(Diagnostic::code)
                .contains("INVALID_TRANSITION");
        assertThat(problems("""
                {"StartAt":"A","States":{"A":{"Type":"Pass"}}}""")).extracting(Diagnostic::code)
                .contains("MISSING_TRANSITION");
    }

    @Test
    void reportsUnreachableStates() {
        assertThat(problems("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","End":true},"B":{"Type":"Pass","End":true}}}"""))
                .extracting(Diagnostic::pointer).containsExactly("/States/B");
    }

    @Test
    void refusesFieldsTheStateTypeDoesNotHave() {
        assertThat(problems("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","TimeoutSeconds":3,"End":true}}}"""))
                .singleElement().satisfies(d -> {
                    assertThat(d.pointer()).isEqualTo("/States/A/TimeoutSeconds");
                    assertThat(d.message()).contains("Field 'TimeoutSeconds' is not supported");
                });
    }

    @Test
    void refusesFieldsOfTheOtherQueryLanguage() {
        assertThat(problems("""
                {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"$.a","End":true}}}"""))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("JSONPath"));
    }

    @Test
    void statesAllMustBeAloneAndLast() {
        assertThat(problems("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","End":true,"Retry":[
                  {"ErrorEquals":["States.ALL","X"]},{"ErrorEquals":["Y"]}]}}}""")).extracting(Diagnostic::pointer)
                .containsExactly("/States/A/Retry/0/ErrorEquals", "/States/A/Retry/0/ErrorEquals");
    }

    @Test
    void reportsABadBackoffRateWithItsPointer() {
        assertThat(pointers("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","End":true,"Retry":[
                  {"ErrorEquals":["X"],"BackoffRate":0.5}]}}}""")).containsExactly("/States/A/Retry/0/BackoffRate");
    }

    @Test
    void reportsInvalidPathsAtLoadTime() {
        assertThat(pointers("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"a.b","End":true}}}"""))
                .containsExactly("/States/A/InputPath");
    }

    @Test
    void reportsInvalidJsonWithLineAndColumn() {
        assertThatThrownBy(() -> DefinitionParser.parse("{\"StartAt\": }"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("line 1");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(problems("""
                {"StartAt":"A","States":{"A":{"Type":"Nope"},"B":{"Type":"Wait","End":true}}}""")).hasSizeGreaterThanOrEqualTo(2);
    }
}
