package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import io.vavr.control.Either;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponse;

/** How the in-process client turns a result into the SDK's answer, for the adapters it delegates to. */
interface Replies {

  /** The value, or the SDK's exception for the error. */
  <T> T run(Either<? extends CognitoError, T> result);

  /** The response completed as the SDK would have unmarshalled it: HTTP 200 and a request id. */
  <R extends CognitoIdentityProviderResponse> R respond(CognitoIdentityProviderResponse.Builder builder, Class<R> type);
}
