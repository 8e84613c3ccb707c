package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.Mailbox;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

class CognitoScenariosTest {

  @TestFactory
  Stream<DynamicTest> everyScenarioHoldsForTheInProcessClient() {
    return CognitoScenarios.all().stream()
        .map(s -> DynamicTest.dynamicTest(s.name() + ": " + s.rule(), () -> s.runAgainst(ScenarioTarget.local())));
  }

  @Test
  void shouldHaveUniqueNamesAndFindEachByName() {
    assertThat(CognitoScenarios.all()).extracting(CognitoScenarios.Scenario::name).doesNotHaveDuplicates().hasSizeGreaterThan(40);
    assertThat(CognitoScenarios.named("disabledUsersNeverSignIn").rule()).contains("disabled");
  }

  /** A fake that lets a disabled user sign in, as some emulators do: the catalogue must catch it. */
  @Test
  void shouldFailAgainstAFakeThatLetsDisabledUsersSignIn() {
    InProcessCognito cognito = InProcessCognito.create();
    CognitoIdentityProviderClient honest = InProcessCognitoClient.of(cognito);
    CognitoIdentityProviderClient buggy = new IgnoresDisabling(honest);
    ScenarioTarget fake = new ScenarioTarget(buggy, cognito.clock(), cognito.mailbox());

    assertThatThrownBy(() -> CognitoScenarios.named("disabledUsersNeverSignIn").runAgainst(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected NotAuthorizedException (400) \"User is disabled.\" but the call succeeded");
  }

  /** A fake that issues the challenge before checking the password. */
  @Test
  void shouldFailAgainstAFakeThatChallengesBeforeCheckingThePassword() {
    InProcessCognito cognito = InProcessCognito.create();
    CognitoIdentityProviderClient honest = InProcessCognitoClient.of(cognito);
    CognitoIdentityProviderClient buggy = new ChallengesFirst(honest);
    ScenarioTarget fake = new ScenarioTarget(buggy, cognito.clock(), cognito.mailbox());

    assertThatThrownBy(() -> CognitoScenarios.named("newPasswordRequiredOnlyAfterThePasswordIsChecked").runAgainst(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but the call succeeded");
  }

  @Test
  void shouldFailAgainstAFakeWithoutTimeTravel() {
    InProcessCognito cognito = InProcessCognito.create();
    ScenarioTarget frozen = new ScenarioTarget(InProcessCognitoClient.of(cognito), by -> {}, cognito.mailbox());

    assertThatThrownBy(() -> CognitoScenarios.named("aTemporaryPasswordExpires").runAgainst(frozen))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Temporary password has expired");
  }

  @Test
  void shouldFailAgainstAFakeWhoseMailboxIsEmpty() {
    InProcessCognito cognito = InProcessCognito.create();
    Mailbox empty = new Mailbox() {
      @Override
      public Optional<String> temporaryPassword(String userPoolId, String username) {
        return Optional.empty();
      }

      @Override
      public Optional<String> code(String userPoolId, String username) {
        return Optional.empty();
      }

      @Override
      public Optional<String> verificationCode(String userPoolId, String username, String attributeName) {
        return Optional.empty();
      }
    };
    ScenarioTarget fake = new ScenarioTarget(InProcessCognitoClient.of(cognito), cognito.clock(), empty);

    assertThatThrownBy(() -> CognitoScenarios.named("generatedTemporaryPasswordsSatisfyThePolicy").runAgainst(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected an invitation with a temporary password for jane");
  }

  /** Forwards everything; AdminDisableUser is ignored. */
  private static final class IgnoresDisabling extends Forwarding {
    IgnoresDisabling(CognitoIdentityProviderClient delegate) {
      super(delegate);
    }

    @Override
    public AdminDisableUserResponse adminDisableUser(
        AdminDisableUserRequest request) {
      return AdminDisableUserResponse.builder().build();
    }
  }

  /** Answers any sign-in of a FORCE_CHANGE_PASSWORD user with the challenge, whatever the password. */
  private static final class ChallengesFirst extends Forwarding {
    ChallengesFirst(CognitoIdentityProviderClient delegate) {
      super(delegate);
    }

    @Override
    public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
      return InitiateAuthResponse.builder().challengeName("NEW_PASSWORD_REQUIRED").session("AYAB-a-session-of-twenty-characters").build();
    }
  }

  /** Forwards the operations the scenarios above use. */
  private abstract static class Forwarding implements CognitoIdentityProviderClient {
    private final CognitoIdentityProviderClient delegate;

    Forwarding(CognitoIdentityProviderClient delegate) {
      this.delegate = delegate;
    }

    @Override
    public CreateUserPoolResponse createUserPool(
        CreateUserPoolRequest request) {
      return delegate.createUserPool(request);
    }

    @Override
    public CreateUserPoolClientResponse createUserPoolClient(
        CreateUserPoolClientRequest request) {
      return delegate.createUserPoolClient(request);
    }

    @Override
    public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
      return delegate.adminCreateUser(request);
    }

    @Override
    public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request) {
      return delegate.adminSetUserPassword(request);
    }

    @Override
    public AdminGetUserResponse adminGetUser(AdminGetUserRequest request) {
      return delegate.adminGetUser(request);
    }

    @Override
    public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
      return delegate.initiateAuth(request);
    }

    @Override
    public AdminInitiateAuthResponse adminInitiateAuth(
        AdminInitiateAuthRequest request) {
      return delegate.adminInitiateAuth(request);
    }

    @Override
    public AdminDisableUserResponse adminDisableUser(
        AdminDisableUserRequest request) {
      return delegate.adminDisableUser(request);
    }

    @Override
    public String serviceName() {
      return delegate.serviceName();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
