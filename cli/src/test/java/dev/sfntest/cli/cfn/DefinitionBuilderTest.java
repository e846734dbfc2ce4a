package dev.sfntest.cli.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sfntest.engine.expr.Json;
import org.junit.jupiter.api.Test;

class DefinitionBuilderTest {
    private static String build(String properties) {
        Template t = Templates.of("{'Resources': {'Fn': {'Type': 'AWS::Lambda::Function'},"
                + "'Table': {'Type': 'AWS::DynamoDB::Table'},"
                + "'M': {'Type': 'AWS::StepFunctions::StateMachine', 'Properties': " + properties + "}}}");
        return Json.write(DefinitionBuilder.build(t, "M", new IntrinsicResolver(t, Templates.ENV)));
    }

    @Test
    void resolvesIntrinsicsAnywhereInADefinitionObject() {
        assertThat(build("{'Definition': {'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': "
                + "{'Fn::GetAtt': ['Fn', 'Arn']}, 'End': true}}}}"))
                .isEqualTo("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":"
                        + "\"arn:aws:lambda:eu-west-1:111122223333:function:Fn\",\"End\":true}}}");
    }

    @Test
    void joinsTheDefinitionStringPiecesAsCdkWritesThem() {
        assertThat(build("{'DefinitionString': {'Fn::Join': ['', ["
                + "'{\\'StartAt\\':\\'A\\',\\'States\\':{\\'A\\':{\\'Type\\':\\'Pass\\',\\'Result\\':\\'', "
                + "{'Ref': 'Table'}, '\\',\\'End\\':true}}}']]}}"))
                .isEqualTo("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":\"Table\","
                        + "\"End\":true}}}");
    }

    @Test
    void appliesDefinitionSubstitutionsWhoseValuesMayBeIntrinsics() {
        assertThat(build("{'DefinitionString': '{\\'StartAt\\':\\'A\\',\\'States\\':{\\'A\\':{\\'Type\\':\\'Pass\\',"
                + "\\'Result\\':\\'${Table}/${Count}/${Unknown}\\',\\'End\\':true}}}', "
                + "'DefinitionSubstitutions': {'Table': {'Fn::GetAtt': ['Table', 'Arn']}, 'Count': 3}}"))
                .contains("\"Result\":\"arn:aws:dynamodb:eu-west-1:111122223333:table/Table/3/${Unknown}\"");
        assertThat(build("{'Definition': {'StartAt': '${First}', 'States': {'${First}': {'Type': 'Succeed'}}}, "
                + "'DefinitionSubstitutions': {'First': 'Go'}}"))
                .isEqualTo("{\"StartAt\":\"Go\",\"States\":{\"Go\":{\"Type\":\"Succeed\"}}}");
    }

    @Test
    void refusesADefinitionInS3() {
        assertThat(catchThrowable(() -> build("{'DefinitionS3Location': {'Bucket': 'b', 'Key': 'k'}}")))
                .hasMessage("Stack.template.json: Resources.M.Properties.DefinitionS3Location: the definition of 'M' "
                        + "is in S3, which sfn-test cannot read; save the definition as an .asl.json file and use it "
                        + "with 'type: asl' or --asl.");
    }

    @Test
    void reportsARebuiltDefinitionThatIsNotJson() {
        assertThat(catchThrowable(() -> build("{'DefinitionString': '{\\'StartAt\\': '}")))
                .hasMessageStartingWith("Stack.template.json: Resources.M.Properties.DefinitionString: the rebuilt "
                        + "definition is not valid JSON (line 1, column");
        assertThat(catchThrowable(() -> build("{'RoleArn': 'r'}")))
                .hasMessage("Stack.template.json: Resources.M.Properties: state machine 'M' has no Definition or "
                        + "DefinitionString.");
    }
}
