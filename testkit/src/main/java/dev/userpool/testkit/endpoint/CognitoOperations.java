package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponse;

/**
 * Every operation of the SDK's {@link CognitoIdentityProviderClient}, found by reflection, called with a
 * request read from JSON and answered with the response written as JSON. The wire name of an operation
 * is its SDK method's name with the first letter upper-cased ({@code adminSetUserPassword} is
 * {@code AdminSetUserPassword}, {@code getCSVHeader} is {@code GetCSVHeader}), the request type that
 * method's parameter. Operations the client does not implement answer with the client's own
 * {@code UnsupportedOperationException}.
 */
final class CognitoOperations {

  /** The {@code X-Amz-Target} prefix of Cognito user-pool operations. */
  static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

  /** One operation: the client method and the request type's static {@code builder()}. */
  private record Operation(String name, Method call, Method builder) {}

  /**
   * The operations, found when first asked for (about 500 of the SDK's classes load then), not when the class
   * loads: an endpoint makes its {@code CognitoOperations} before it binds its port, and finds the operations
   * on a thread of its own after.
   */
  private static final class Discovered {
    static final Map<String, Operation> OPERATIONS = discover();
  }

  private final CognitoIdentityProviderClient client;
  private final AwsJson json;

  CognitoOperations(CognitoIdentityProviderClient client, AwsJson json) {
    this.client = Objects.requireNonNull(client, "client is null");
    this.json = Objects.requireNonNull(json, "json is null");
  }

  /** The wire names of every operation the SDK knows, sorted. */
  static SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Discovered.OPERATIONS.keySet()));
  }

  /** Whether {@code name} is an operation of Cognito's API. */
  static boolean exists(String name) {
    return Discovered.OPERATIONS.containsKey(name);
  }

  /**
   * Calls operation {@code name} with the request in {@code body}.
   *
   * @return the response as JSON
   * @throws WireError the client's Cognito error, an unknown operation, or a body of the wrong shape
   * @throws RuntimeException anything else the client threw: a bug, answered as an internal error
   */
  ObjectNode call(String name, ObjectNode body) {
    Operation operation = Discovered.OPERATIONS.get(name);
    if (operation == null) {
      throw WireError.unknownOperation(
          "Unknown operation: the target names no operation of " + TARGET_PREFIX.substring(0, TARGET_PREFIX.length() - 1) + ".");
    }
    Object request = json.read(body, builderOf(operation));
    Object response;
    try {
      response = operation.call().invoke(client, request);
    } catch (InvocationTargetException e) {
      throw translate(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("SDK client method not accessible: " + operation.name(), e);
    }
    return json.write((SdkPojo) response);
  }

  private static SdkPojo builderOf(Operation operation) {
    try {
      return (SdkPojo) operation.builder().invoke(null);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("SDK request builder failed: " + operation.name(), e);
    }
  }

  /** The client's Cognito error as the wire error; anything else passes on as it is. */
  private static RuntimeException translate(Throwable thrown) {
    if (thrown instanceof AwsServiceException) {
      AwsServiceException e = (AwsServiceException) thrown;
      AwsErrorDetails details = e.awsErrorDetails();
      if (details != null && details.errorCode() != null) {
        String message = details.errorMessage() == null ? "" : details.errorMessage();
        return new WireError(details.errorCode(), message, e.statusCode() > 0 ? e.statusCode() : 400, e.requestId());
      }
    }
    if (thrown instanceof RuntimeException) {
      return (RuntimeException) thrown;
    }
    if (thrown instanceof Error) {
      throw (Error) thrown;
    }
    return new IllegalStateException("checked exception from the SDK client", thrown);
  }

  private static Map<String, Operation> discover() {
    Map<String, Operation> operations = new TreeMap<>();
    for (Method method : CognitoIdentityProviderClient.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1) {
        continue;
      }
      Class<?> requestType = method.getParameterTypes()[0];
      if (!CognitoIdentityProviderRequest.class.isAssignableFrom(requestType)
          || !CognitoIdentityProviderResponse.class.isAssignableFrom(method.getReturnType())) {
        continue;
      }
      String name = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
      try {
        operations.put(name, new Operation(name, method, requestType.getMethod("builder")));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("SDK request type without builder(): " + requestType.getName(), e);
      }
    }
    return Collections.unmodifiableMap(operations);
  }
}
