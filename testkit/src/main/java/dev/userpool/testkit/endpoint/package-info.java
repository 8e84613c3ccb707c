/**
 * A local Cognito user-pool endpoint that the AWS CLI, boto3 and the AWS SDKs talk to unchanged:
 * {@link dev.userpool.testkit.endpoint.LocalEndpoint} speaks the AWS JSON 1.1 protocol on 127.0.0.1 and
 * answers every operation through the in-process {@link dev.userpool.testkit.sdk.InProcessCognitoClient}, so
 * both front ends of an {@link dev.userpool.testkit.inprocess.InProcessCognito} follow exactly the same rules.
 * {@link dev.userpool.testkit.endpoint.Main} runs one from the command line;
 * {@link dev.userpool.testkit.endpoint.EndpointControl} moves its clock and reads its mailbox over HTTP.
 *
 * <p>This package uses {@code software.amazon.awssdk:cognitoidentityprovider} and
 * {@code com.fasterxml.jackson.core:jackson-databind}, which come with testkit. In a JUnit 5 test,
 * {@link dev.userpool.testkit.endpoint.CognitoEndpointTest} starts one for the test class.
 */
package dev.userpool.testkit.endpoint;
