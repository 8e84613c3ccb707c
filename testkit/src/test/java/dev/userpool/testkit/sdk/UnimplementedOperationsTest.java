package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * UnimplementedOperations.java is generated from the SDK's interface: this test fails when the committed
 * file differs from what the SDK on the class path calls for (a new SDK version added operations), and
 * {@code -Dsdk.regenerate=true} rewrites it.
 */
class UnimplementedOperationsTest {

  private static final Path SOURCE = Path.of("src/main/java/dev/userpool/testkit/sdk/UnimplementedOperations.java");

  private static final Set<String> IMPLEMENTED = Set.of("CreateUserPool", "DescribeUserPool", "UpdateUserPool", "DeleteUserPool",
      "CreateUserPoolClient", "DescribeUserPoolClient", "SignUp", "ConfirmSignUp", "AdminConfirmSignUp", "AdminCreateUser",
      "AdminSetUserPassword", "InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge",
      "ChangePassword", "AdminResetUserPassword", "ForgotPassword", "ConfirmForgotPassword", "AdminDisableUser", "AdminEnableUser",
      "AdminGetUser", "AdminDeleteUser", "ListUsers", "GetUser", "GlobalSignOut", "AdminUserGlobalSignOut", "RevokeToken",
      "CreateGroup", "GetGroup", "ListGroups", "UpdateGroup", "DeleteGroup", "AdminAddUserToGroup", "AdminRemoveUserFromGroup",
      "AdminListGroupsForUser", "ListUsersInGroup",
      "AddCustomAttributes", "ListUserPools", "ListUserPoolClients", "UpdateUserPoolClient", "DeleteUserPoolClient",
      "AdminUpdateUserAttributes",
      "AdminDeleteUserAttributes", "UpdateUserAttributes", "DeleteUser", "ResendConfirmationCode", "GetUserAttributeVerificationCode",
      "VerifyUserAttribute", "GetTokensFromRefreshToken",
      "CreateUserPoolDomain", "DescribeUserPoolDomain", "UpdateUserPoolDomain", "DeleteUserPoolDomain", "CreateResourceServer",
      "DescribeResourceServer", "ListResourceServers", "UpdateResourceServer", "DeleteResourceServer",
      "SetUserPoolMfaConfig", "GetUserPoolMfaConfig", "AssociateSoftwareToken", "VerifySoftwareToken", "SetUserMFAPreference",
      "AdminSetUserMFAPreference",
      "StartWebAuthnRegistration", "CompleteWebAuthnRegistration", "ListWebAuthnCredentials", "DeleteWebAuthnCredential");

  @Test
  void shouldMatchTheGeneratedSourceForTheSdkOnTheClassPath() throws IOException {
    String expected = generate();
    if (Boolean.getBoolean("sdk.regenerate")) {
      Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as("UnimplementedOperations.java is stale; rerun this test with -Dsdk.regenerate=true")
        .isEqualTo(expected);
  }

  @Test
  void shouldImplementExactlyTheOperationsTheLibraryDoes() {
    for (Method op : operations()) {
      boolean implemented = answeredBy(op) != UnimplementedOperations.class;
      assertThat(implemented).as(op.getName()).isEqualTo(IMPLEMENTED.contains(operationName(op)));
    }
    assertThat(operations().stream().map(UnimplementedOperationsTest::operationName)).containsAll(IMPLEMENTED);
  }

  /**
   * The class whose method answers {@code op} on the client: the nearest up its superclasses that declares it other than as a
   * bridge (javac copies public methods of a package-private superclass into the public subclass as bridges).
   */
  private static Class<?> answeredBy(Method op) {
    for (Class<?> type = InProcessCognitoClient.class; type != null; type = type.getSuperclass()) {
      for (Method declared : type.getDeclaredMethods()) {
        if (declared.getName().equals(op.getName()) && Arrays.equals(declared.getParameterTypes(), op.getParameterTypes())
            && !declared.isBridge()) {
          return type;
        }
      }
    }
    throw new AssertionError("no class answers " + op.getName());
  }

  @Test
  void shouldNameTheOperationWhenItIsNotImplemented() throws Exception {
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());
    for (Method op : operations()) {
      String name = operationName(op);
      if (IMPLEMENTED.contains(name)) {
        continue;
      }
      Object request = ((SdkBuilder<?, ?>) op.getParameterTypes()[0].getMethod("builder").invoke(null)).build();
      assertThatThrownBy(() -> invoke(client, op, request))
          .as(name)
          .isInstanceOf(UnsupportedOperationException.class)
          .satisfies(e -> {
            UnsupportedOperationException u = (UnsupportedOperationException) e;
            assertThat(u.awsErrorDetails().errorCode()).isEqualTo("UnsupportedOperationException");
            assertThat(u.awsErrorDetails().errorMessage()).isEqualTo(name + " is not implemented by the userpool library.");
          });
    }
  }

  @Test
  void shouldNameTheOperationThroughTheConsumerOverloadToo() {
    CognitoIdentityProviderClient client = InProcessCognitoClient.of(InProcessCognito.create());

    assertThatThrownBy(() -> client.describeRiskConfiguration(b -> b.userPoolId("us-east-1_abc")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("DescribeRiskConfiguration is not implemented by the userpool library.");
  }

  private static Object invoke(Object target, Method method, Object argument) throws Throwable {
    try {
      return method.invoke(target, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Every operation of the interface: the methods that take one request and return its response. */
  static List<Method> operations() {
    return Arrays.stream(CognitoIdentityProviderClient.class.getDeclaredMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1)
        .filter(m -> CognitoIdentityProviderRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
        .filter(m -> CognitoIdentityProviderResponse.class.isAssignableFrom(m.getReturnType()))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  /** {@code adminSetUserMFAPreference} is the operation {@code AdminSetUserMFAPreference}. */
  static String operationName(Method op) {
    return Character.toUpperCase(op.getName().charAt(0)) + op.getName().substring(1);
  }

  /** The method's first line, its parameter on a line of its own where the line would pass 140 columns. */
  private static String signature(Method op) {
    String head = "  public " + op.getReturnType().getSimpleName() + " " + op.getName() + "(";
    String parameter = op.getParameterTypes()[0].getSimpleName() + " request) {";
    return head.length() + parameter.length() <= 140 ? head + parameter : head + "\n      " + parameter;
  }

  private static String generate() {
    String methods = operations().stream().map(op -> """
          @Override
        %s
            throw unimplemented("%s");
          }
        """.formatted(signature(op), operationName(op)))
        .collect(Collectors.joining("\n"));
    return """
        // Generated by UnimplementedOperationsTest from the SDK's CognitoIdentityProviderClient: do not edit.
        // After an SDK upgrade, regenerate with
        //   mvn -B -pl testkit -am verify -Dtest=UnimplementedOperationsTest -Dsurefire.failIfNoSpecifiedTests=false -Dsdk.regenerate=true
        package dev.userpool.testkit.sdk;

        import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
        import software.amazon.awssdk.services.cognitoidentityprovider.model.*;

        /**
         * Every operation of {@link CognitoIdentityProviderClient}, each throwing {@link #unimplemented} with
         * its name. The SDK's own defaults throw {@code java.lang.UnsupportedOperationException} without a
         * message; {@link InProcessCognitoClient} overrides the operations the library implements.
         */
        abstract class UnimplementedOperations implements CognitoIdentityProviderClient {

          /** The error an operation the library does not implement throws. */
          abstract RuntimeException unimplemented(String operation);

        %s}
        """.formatted(methods);
  }
}
