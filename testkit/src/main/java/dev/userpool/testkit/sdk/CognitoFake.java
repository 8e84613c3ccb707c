package dev.userpool.testkit.sdk;

import dev.userpool.testkit.LocalCognito;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A Cognito fake as {@link CognitoScenarios} sees it: an SDK client to call it with, a way to move its
 * clock, and a way to read what it sent users. Any fake can be wrapped in one: this library's in-process
 * client ({@link #local()}), an emulator behind an HTTP endpoint, another library's mock.
 *
 * @param client the SDK client that calls the fake
 * @param timeTravel moves the fake's clock
 * @param mailbox reads temporary passwords and codes the fake sent
 */
public record CognitoFake(CognitoIdentityProviderClient client, TimeTravel timeTravel, Mailbox mailbox) {

  /**
   * @throws NullPointerException if a component is null
   */
  public CognitoFake {
    Objects.requireNonNull(client, "client is null");
    Objects.requireNonNull(timeTravel, "timeTravel is null");
    Objects.requireNonNull(mailbox, "mailbox is null");
  }

  /** A fresh in-process fake: a new {@link LocalCognito} and its {@link LocalCognitoClient}. */
  public static CognitoFake local() {
    return of(LocalCognito.create());
  }

  /**
   * The in-process fake of {@code cognito}: its client, its clock and its inbox.
   *
   * @throws NullPointerException if {@code cognito} is null
   */
  public static CognitoFake of(LocalCognito cognito) {
    Objects.requireNonNull(cognito, "cognito is null");
    return new CognitoFake(LocalCognitoClient.of(cognito), cognito.clock()::advance, Mailbox.of(cognito.inbox()));
  }
}
