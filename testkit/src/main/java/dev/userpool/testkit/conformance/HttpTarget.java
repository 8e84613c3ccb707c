package dev.userpool.testkit.conformance;

import dev.userpool.testkit.sdk.ScenarioTarget;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * An endpoint the kit measures over HTTP: the AWS SDK for Java pointed at it (region us-east-1, dummy
 * credentials, no retries, a time limit per call), its test control as far as it answers, and the pools each
 * rule created, deleted after the rule. Rules may run on several threads at once: the pools are noted per thread,
 * as the SDK's synchronous client runs a call's interceptors on the thread that made the call.
 */
final class HttpTarget implements AutoCloseable {

  private final CognitoIdentityProviderClient client;
  private final RemoteControl control;
  private final ThreadLocal<List<String>> created = ThreadLocal.withInitial(ArrayList::new);

  HttpTarget(URI endpoint, Duration callLimit) {
    this.control = RemoteControl.probe(endpoint, callLimit);
    this.client = CognitoIdentityProviderClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("conformance", "conformance")))
        .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(callLimit).socketTimeout(callLimit).build())
        .overrideConfiguration(o -> o.apiCallTimeout(callLimit).retryStrategy(r -> r.maxAttempts(1)).addExecutionInterceptor(new Pools()))
        .build();
  }

  /** The target the rules run against. */
  ScenarioTarget target() {
    return new ScenarioTarget(client, control, control);
  }

  RemoteControl control() {
    return control;
  }

  /** Deletes the pools the last rule of this thread created; an endpoint that cannot delete them keeps them. */
  void deleteCreatedPools() {
    List<String> pools = List.copyOf(created.get());
    created.get().clear();
    for (String pool : pools) {
      try {
        client.deleteUserPool(b -> b.userPoolId(pool));
      } catch (RuntimeException e) {
        // left behind: the next rules use pools of their own
      }
    }
  }

  @Override
  public void close() {
    client.close();
  }

  /** Notes the id of every pool a rule creates. */
  private final class Pools implements ExecutionInterceptor {
    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
      if (context.response() instanceof CreateUserPoolResponse response) {
        UserPoolType pool = response.userPool();
        if (pool != null && pool.id() != null) {
          created.get().add(pool.id());
        }
      }
    }
  }
}
