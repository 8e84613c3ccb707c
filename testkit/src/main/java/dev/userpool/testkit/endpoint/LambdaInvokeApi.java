package dev.userpool.testkit.endpoint;

import dev.userpool.pool.Trigger;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import dev.userpool.trigger.TriggerFailure;
import dev.userpool.trigger.Triggers;
import io.vavr.control.Either;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * Lambda triggers over the wire: each function is invoked through the AWS Lambda Invoke API
 * ({@code POST /2015-03-31/functions/<name>/invocations}, synchronous) at an endpoint such as
 * {@code sam local start-lambda}'s ({@code http://127.0.0.1:3001}), with the AWS SDK's Lambda client. The function's
 * name is the ARN the pool's LambdaConfig gives (local runners take the ARN's last part as the name too). Answers
 * become Cognito's errors: {@code X-Amz-Function-Error} (the function raised) is a function error with the payload's
 * {@code errorMessage}; no answer within {@link Trigger#TIME_LIMIT} is a timeout; a Lambda error (no such function) or
 * an unreachable runner is a function that could not be invoked. A call that times out is made again, up to
 * {@value #ATTEMPTS} attempts in all, as Cognito does ("If it doesn't and if the call can be retried, Amazon Cognito
 * retries the call. After three unsuccessful attempts, the function times out": AWS developer guide, "Customizing user
 * pool workflows with Lambda triggers"); a function error and an invocation error are not retried ("Amazon Cognito
 * doesn't retry function calls that return an Invoke error with an HTTP status code of 500-599", same page).
 */
public final class LambdaInvokeApi implements Triggers, AutoCloseable {

  private final LambdaClient client;
  private final URI endpoint;

  private LambdaInvokeApi(LambdaClient client, URI endpoint) {
    this.client = client;
    this.endpoint = endpoint;
  }

  /**
   * Functions invoked at {@code endpoint}, each given {@code timeLimit} to answer ({@link Trigger#TIME_LIMIT} as Cognito).
   *
   * @throws NullPointerException if an argument is null
   */
  public static LambdaInvokeApi at(URI endpoint, Duration timeLimit) {
    Objects.requireNonNull(endpoint, "endpoint is null");
    Objects.requireNonNull(timeLimit, "timeLimit is null");
    LambdaClient client = LambdaClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        // Local runners do not check signatures; real Lambda would need real credentials.
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("userpool", "userpool")))
        .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(timeLimit).socketTimeout(timeLimit).build())
        .overrideConfiguration(o -> o.apiCallTimeout(timeLimit).retryPolicy(RetryPolicy.none()))
        .build();
    return new LambdaInvokeApi(client, endpoint);
  }

  /** How many times a timed-out call is made, in all ({@value}). */
  public static final int ATTEMPTS = 3;

  @Override
  public Either<TriggerFailure, Json> invoke(String function, TriggerEvent event) {
    Either<TriggerFailure, Json> outcome = attempt(function, event);
    for (int attempt = 1; attempt < ATTEMPTS && outcome.isLeft() && outcome.getLeft().kind() == TriggerFailure.Kind.TIMEOUT; attempt++) {
      outcome = attempt(function, event);
    }
    return outcome;
  }

  private Either<TriggerFailure, Json> attempt(String function, TriggerEvent event) {
    InvokeResponse response;
    try {
      response = client.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(event.toJson().render())));
    } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
      return Either.left(TriggerFailure.timeout());
    } catch (LambdaException e) {
      return Either.left(TriggerFailure.notInvoked(e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
          ? "ServiceException"
          : e.awsErrorDetails().errorCode()));
    } catch (SdkClientException e) {
      return Either.left(timedOut(e) ? TriggerFailure.timeout() : TriggerFailure.notInvoked("ServiceException"));
    }
    String payload = response.payload() == null ? "" : response.payload().asUtf8String();
    if (response.functionError() != null) {
      return Either.left(TriggerFailure.functionError(errorMessage(payload)));
    }
    return Json.parse(payload).<Either<TriggerFailure, Json>>fold(bad -> Either.left(TriggerFailure.invalidResponse()), Either::right);
  }

  /** A function error's message: the payload's {@code errorMessage} (Lambda's error shape), else the payload itself. */
  static String errorMessage(String payload) {
    return Json.parse(payload).toOption().filter(Json.Obj.class::isInstance).flatMap(o -> ((Json.Obj) o).get("errorMessage"))
        .filter(Json.Text.class::isInstance).map(t -> ((Json.Text) t).value()).getOrElse(payload);
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "LambdaInvokeApi[" + endpoint + "]";
  }
}
