package dev.userpool.trigger;

import dev.userpool.pool.Trigger;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * The event Cognito sends a trigger's function: the common parameters (AWS developer guide, "User pool Lambda trigger
 * event": {@code version}, {@code triggerSource}, {@code region}, {@code userPoolId}, {@code userName},
 * {@code callerContext} with {@code awsSdkVersion} and {@code clientId}) and the trigger's {@code request} and
 * {@code response} (the response as Cognito sends it: each member the function may set, at its default).
 *
 * @param version the event's version: {@code "1"}, or the pre token generation trigger's {@code "1"}/{@code "2"}
 * @param source the trigger source
 * @param region the pool's region
 * @param userPoolId the pool's id
 * @param userName the user's username
 * @param callerContext the SDK and app client of the request
 * @param request what the trigger is told
 * @param response what the function may answer
 */
public record TriggerEvent(String version, TriggerSource source, String region, String userPoolId, String userName,
    CallerContext callerContext, Json.Obj request, Json.Obj response) {

  /** The SDK version Cognito reports for calls made through its API (a value seen in events; the library's choice). */
  public static final String AWS_SDK_VERSION = "aws-sdk-unknown-unknown";

  /**
   * {@code callerContext}.
   *
   * @param awsSdkVersion the caller's SDK version
   * @param clientId the app client, or {@code CLIENT_ID_NOT_APPLICABLE} for admin operations without one
   */
  public record CallerContext(String awsSdkVersion, String clientId) {
    /** What Cognito sends as the client of an operation without one (AdminCreateUser, AdminConfirmSignUp). */
    public static final String NO_CLIENT = "CLIENT_ID_NOT_APPLICABLE";

    /**
     * @throws NullPointerException if a component is null
     */
    public CallerContext {
      Objects.requireNonNull(awsSdkVersion, "awsSdkVersion is null");
      Objects.requireNonNull(clientId, "clientId is null");
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public TriggerEvent {
    Objects.requireNonNull(version, "version is null");
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(region, "region is null");
    Objects.requireNonNull(userPoolId, "userPoolId is null");
    Objects.requireNonNull(userName, "userName is null");
    Objects.requireNonNull(callerContext, "callerContext is null");
    Objects.requireNonNull(request, "request is null");
    Objects.requireNonNull(response, "response is null");
  }

  /** The trigger whose function receives it. */
  public Trigger trigger() {
    return source.trigger();
  }

  /** {@code request.userAttributes}, in order; empty if the request has none. */
  public Map<String, String> userAttributes() {
    return request.get("userAttributes").filter(Json.Obj.class::isInstance).map(o -> ((Json.Obj) o).members()
        .filterValues(Json.Text.class::isInstance).mapValues(v -> ((Json.Text) v).value())).getOrElse(LinkedHashMap.empty());
  }

  /** The function's answer with {@code response} as its response: the event as a function returns it. */
  public Json.Obj answer(Json.Obj response) {
    return toJson().with("response", response);
  }

  /** The event as the function receives it. */
  public Json.Obj toJson() {
    return Json.Obj.empty()
        .with("version", Json.text(version))
        .with("triggerSource", Json.text(source.name()))
        .with("region", Json.text(region))
        .with("userPoolId", Json.text(userPoolId))
        .with("userName", Json.text(userName))
        .with("callerContext", Json.Obj.empty().with("awsSdkVersion", Json.text(callerContext.awsSdkVersion()))
            .with("clientId", Json.text(callerContext.clientId())))
        .with("request", request)
        .with("response", response);
  }

  @Override
  public String toString() {
    return "TriggerEvent[" + source + ", " + userPoolId + "]";
  }
}
