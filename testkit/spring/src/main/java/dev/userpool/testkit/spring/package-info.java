/**
 * Spring Boot 3 test integration: {@link dev.userpool.testkit.spring.AutoConfigureCognito} on a {@code @SpringBootTest}
 * gives its context a local Cognito (in process, or over HTTP through the testkit's local endpoint), replaces the
 * application's {@code CognitoIdentityProviderClient} beans, points the resource server at the local keys, and offers
 * the testkit's fixtures and {@link dev.userpool.testkit.spring.CognitoSignIn} (bearer tokens of signed-in users) to
 * the test. Spring is the application's: this artifact only compiles against it.
 */
package dev.userpool.testkit.spring;
