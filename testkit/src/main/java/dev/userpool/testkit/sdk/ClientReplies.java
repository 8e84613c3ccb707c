package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.testkit.inprocess.InProcessCognito;
import io.vavr.control.Either;
import java.util.Map;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponseMetadata;

/**
 * The in-process client's {@link Replies}: a result to its value or the SDK's exception, a response completed, each with the
 * Cognito's next request id.
 */
final class ClientReplies implements Replies {

  private final InProcessCognito cognito;

  ClientReplies(InProcessCognito cognito) {
    this.cognito = cognito;
  }

  /** The value, or the SDK's exception for the error; an internal error is logged first ({@link InternalErrors}). */
  @Override
  public <T> T run(Either<? extends CognitoError, T> result) {
    if (result.isLeft()) {
      String requestId = nextRequestId();
      if (result.getLeft() instanceof CognitoError.InternalError internal) {
        InternalErrors.log(InternalErrors.operation(), internal, requestId);
      }
      throw CognitoExceptions.of(result.getLeft(), requestId);
    }
    return result.get();
  }

  /** Completes a response as the SDK would have unmarshalled it: HTTP 200 and a request id. */
  @Override
  public <R extends CognitoIdentityProviderResponse> R respond(CognitoIdentityProviderResponse.Builder builder, Class<R> type) {
    String requestId = nextRequestId();
    builder.responseMetadata(
        CognitoIdentityProviderResponseMetadata.create(DefaultAwsResponseMetadata.create(Map.of("AWS_REQUEST_ID", requestId))));
    builder.sdkHttpResponse(SdkHttpResponse.builder().statusCode(200).statusText("OK").putHeader("x-amzn-RequestId", requestId).build());
    return type.cast(builder.build());
  }

  /** The Cognito's next request id: one source for this client and an endpoint on the same Cognito. */
  String nextRequestId() {
    return cognito.nextRequestId();
  }
}
