package dev.sfntest.cli.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.engine.expr.Json;
import org.junit.jupiter.api.Test;

class IntrinsicResolverTest {
    private static final Template TEMPLATE = Templates.of("""
            {'Parameters': {'Env': {'Type': 'String', 'Default': 'prod'},
                            'Secret': {'Type': 'String'},
                            'Subnets': {'Type': 'CommaDelimitedList', 'Default': 'a, b'}},
             'Mappings': {'Sizes': {'prod': {'Memory': 512}}},
             'Conditions': {'IsProd': {'Fn::Equals': [{'Ref': 'Env'}, 'prod']}},
             'Resources': {
               'Fn': {'Type': 'AWS::Lambda::Function', 'Properties': {'FunctionName': {'Fn::Sub': '${Env}-work'}}},
               'PlainFn': {'Type': 'AWS::Lambda::Function'},
               'Topic': {'Type': 'AWS::SNS::Topic', 'Properties': {'TopicName': 'alerts'}},
               'Queue': {'Type': 'AWS::SQS::Queue'},
               'Table': {'Type': 'AWS::DynamoDB::Table', 'Properties': {'TableName': 'orders'}},
               'Bucket': {'Type': 'AWS::S3::Bucket', 'Properties': {'BucketName': 'data'}},
               'Machine': {'Type': 'AWS::StepFunctions::StateMachine', 'Properties': {'StateMachineName': 'child'}},
               'Role': {'Type': 'AWS::IAM::Role', 'Properties': {'RoleName': 'sfn'}},
               'Bus': {'Type': 'AWS::Events::EventBus', 'Properties': {'Name': 'orders-bus'}},
               'Cluster': {'Type': 'AWS::ECS::Cluster'},
               'Loop': {'Type': 'AWS::SQS::Queue', 'Properties': {'QueueName': {'Fn::GetAtt': ['Loop', 'QueueName']}}}}}
            """);

    private final IntrinsicResolver resolver = new IntrinsicResolver(TEMPLATE, Templates.ENV);

    private String resolve(String json) {
        try {
            return Json.write(resolver.resolve(Json.parse(json.replace('\'', '"')), "V"));
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    @Test
    void refResolvesPseudoParameters() {
        assertThat(resolve("[{'Ref': 'AWS::Region'}, {'Ref': 'AWS::AccountId'}, {'Ref': 'AWS::Partition'},"
                + "{'Ref': 'AWS::URLSuffix'}, {'Ref': 'AWS::StackName'}]"))
                .isEqualTo("[\"eu-west-1\",\"111122223333\",\"aws\",\"amazonaws.com\",\"Stack\"]");
        assertThat(resolve("{'Ref': 'AWS::StackId'}")).isEqualTo(
                "\"arn:aws:cloudformation:eu-west-1:111122223333:stack/Stack/00000000-0000-0000-0000-000000000000\"");
    }

    @Test
    void noValueRemovesTheEntryThatHoldsIt() {
        assertThat(resolve("{'a': 1, 'b': {'Ref': 'AWS::NoValue'}, 'c': [1, {'Ref': 'AWS::NoValue'}]}"))
                .isEqualTo("{\"a\":1,\"c\":[1]}");
    }

    @Test
    void refOfAParameterIsItsDefaultElseAPlaceholderNamingIt() {
        assertThat(resolve("[{'Ref': 'Env'}, {'Ref': 'Secret'}, {'Ref': 'Subnets'}]"))
                .isEqualTo("[\"prod\",\"<Secret>\",[\"a\",\"b\"]]");
    }

    @Test
    void refOfAResourceGivesWhatCloudFormationGivesForItsType() {
        assertThat(resolve("[{'Ref': 'Fn'}, {'Ref': 'PlainFn'}, {'Ref': 'Topic'}, {'Ref': 'Queue'}, {'Ref': 'Table'},"
                + "{'Ref': 'Bucket'}, {'Ref': 'Machine'}, {'Ref': 'Role'}, {'Ref': 'Bus'}]"))
                .isEqualTo("[\"prod-work\",\"PlainFn\",\"arn:aws:sns:eu-west-1:111122223333:alerts\","
                        + "\"https://sqs.eu-west-1.amazonaws.com/111122223333/Queue\",\"orders\",\"data\","
                        + "\"arn:aws:states:eu-west-1:111122223333:stateMachine:child\",\"sfn\",\"orders-bus\"]");
    }

    @Test
    void getAttGivesPlausibleArnsUrlsAndNames() {
        assertThat(resolve("[{'Fn::GetAtt': ['Fn', 'Arn']}, {'Fn::GetAtt': 'PlainFn.Arn'},"
                + "{'Fn::GetAtt': ['Queue', 'Arn']}, {'Fn::GetAtt': ['Queue', 'QueueUrl']},"
                + "{'Fn::GetAtt': ['Queue', 'QueueName']}, {'Fn::GetAtt': ['Topic', 'TopicArn']},"
                + "{'Fn::GetAtt': ['Topic', 'TopicName']}, {'Fn::GetAtt': ['Table', 'Arn']},"
                + "{'Fn::GetAtt': ['Bucket', 'Arn']}, {'Fn::GetAtt': ['Machine', 'Arn']},"
                + "{'Fn::GetAtt': ['Machine', 'Name']}, {'Fn::GetAtt': ['Role', 'Arn']},"
                + "{'Fn::GetAtt': ['Bus', 'Arn']}, {'Fn::GetAtt': ['Cluster', 'Arn']}]"))
                .isEqualTo("[\"arn:aws:lambda:eu-west-1:111122223333:function:prod-work\","
                        + "\"arn:aws:lambda:eu-west-1:111122223333:function:PlainFn\","
                        + "\"arn:aws:sqs:eu-west-1:111122223333:Queue\","
                        + "\"https://sqs.eu-west-1.amazonaws.com/111122223333/Queue\",\"Queue\","
                        + "\"arn:aws:sns:eu-west-1:111122223333:alerts\",\"alerts\","
                        + "\"arn:aws:dynamodb:eu-west-1:111122223333:table/orders\",\"arn:aws:s3:::data\","
                        + "\"arn:aws:states:eu-west-1:111122223333:stateMachine:child\",\"child\","
                        + "\"arn:aws:iam::111122223333:role/sfn\","
                        + "\"arn:aws:events:eu-west-1:111122223333:event-bus/orders-bus\","
                        + "\"arn:aws:ecs:eu-west-1:111122223333:cluster/Cluster\"]");
    }

    @Test
    void getAttOfAnAttributeWithNoKnownShapeIsAPlaceholder() {
        assertThat(resolve("{'Fn::GetAtt': ['Role', 'RoleId']}")).isEqualTo("\"<Role.RoleId>\"");
    }

    @Test
    void joinSelectAndSplitWorkOnResolvedLists() {
        assertThat(resolve("{'Fn::Join': [':', ['a', {'Ref': 'Env'}, 3]]}")).isEqualTo("\"a:prod:3\"");
        assertThat(resolve("{'Fn::Select': ['1', {'Fn::Split': [',', 'x,y,z']}]}")).isEqualTo("\"y\"");
        assertThat(resolve("{'Fn::Join': ['-', {'Ref': 'Subnets'}]}")).isEqualTo("\"a-b\"");
    }

    @Test
    void subReplacesParametersResourcesAttributesAndVariables() {
        assertThat(resolve("{'Fn::Sub': '${AWS::Region}/${Env}/${Table}/${Fn.Arn}/${!Literal}'}")).isEqualTo(
                "\"eu-west-1/prod/orders/arn:aws:lambda:eu-west-1:111122223333:function:prod-work/${Literal}\"");
        assertThat(resolve("{'Fn::Sub': ['${Greeting}, ${Env}', {'Greeting': {'Fn::Join': ['', ['he', 'llo']]}}]}"))
                .isEqualTo("\"hello, prod\"");
    }

    @Test
    void ifTakesTheTrueBranch() {
        assertThat(resolve("{'Fn::If': ['IsProd', 'yes', 'no']}")).isEqualTo("\"yes\"");
    }

    @Test
    void findInMapReadsMappingsAndFallsBackToAPlaceholder() {
        assertThat(resolve("{'Fn::FindInMap': ['Sizes', {'Ref': 'Env'}, 'Memory']}")).isEqualTo("512");
        assertThat(resolve("{'Fn::FindInMap': ['Sizes', 'dev', 'Memory']}"))
                .isEqualTo("\"<FindInMap:Sizes/dev/Memory>\"");
        assertThat(resolve("{'Fn::FindInMap': ['Sizes', 'dev', 'Memory', {'DefaultValue': 128}]}")).isEqualTo("128");
    }

    @Test
    void otherFunctionsGivePlausibleValues() {
        assertThat(resolve("{'Fn::ImportValue': {'Fn::Sub': '${Env}-TopicArn'}}"))
                .isEqualTo("\"<ImportValue:prod-TopicArn>\"");
        assertThat(resolve("{'Fn::Base64': 'hi'}")).isEqualTo("\"aGk=\"");
        assertThat(resolve("{'Fn::GetAZs': ''}")).isEqualTo("[\"eu-west-1a\",\"eu-west-1b\",\"eu-west-1c\"]");
        assertThat(resolve("{'Fn::ToJsonString': {'a': {'Ref': 'Env'}}}")).isEqualTo("\"{\\\"a\\\":\\\"prod\\\"}\"");
        assertThat(resolve("{'Fn::Length': [1, 2]}")).isEqualTo("2");
    }

    @Test
    void conditionFunctionsEvaluateToBooleans() {
        assertThat(resolve("[{'Fn::Equals': [{'Ref': 'Env'}, 'prod']}, {'Fn::Not': [{'Condition': 'IsProd'}]},"
                + "{'Fn::And': [true, {'Condition': 'IsProd'}]}, {'Fn::Or': [false, false]}]"))
                .isEqualTo("[true,false,true,false]");
    }

    @Test
    void anUnknownReferenceNamesTheTemplateAndTheJsonPathAndSuggestsAName() {
        assertThat(catchThrowable(() -> resolve("{'a': [{'Fn::GetAtt': ['Tabel', 'Arn']}]}")))
                .isInstanceOf(UserInputException.class).hasMessage("Stack.template.json: V.a[0].Fn::GetAtt: no "
                        + "resource 'Tabel' in the template; did you mean 'Table'?");
        assertThat(catchThrowable(() -> resolve("{'Ref': 'Enb'}"))).hasMessage("Stack.template.json: V.Ref: 'Enb' "
                + "is neither a parameter, a resource nor a pseudo parameter of the template; did you mean 'Env'?");
    }

    @Test
    void malformedOrUnsupportedFunctionsAreErrors() {
        assertThat(catchThrowable(() -> resolve("{'Fn::Join': ['-']}")))
                .hasMessage("Stack.template.json: V.Fn::Join: expected a list of 2 arguments, not [\"-\"].");
        assertThat(catchThrowable(() -> resolve("{'Fn::Select': [5, ['a']]}")))
                .hasMessage("Stack.template.json: V.Fn::Select: index 5 is outside the list of 1.");
        assertThat(catchThrowable(() -> resolve("{'Fn::Cidr': ['10.0.0.0/16', 2, 8]}")))
                .hasMessage("Stack.template.json: V.Fn::Cidr: the intrinsic function Fn::Cidr is not supported.");
        assertThat(catchThrowable(() -> resolve("{'Fn::GetAtt': ['Loop', 'Arn']}")))
                .hasMessageContaining("the name of resource 'Loop' refers to itself");
    }
}
