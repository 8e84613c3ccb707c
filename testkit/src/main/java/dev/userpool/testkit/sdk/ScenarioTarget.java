package dev.userpool.testkit.sdk;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.Mailbox;
import dev.userpool.testkit.inprocess.TimeTravel;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * What {@link CognitoScenarios} runs against: a Cognito fake's SDK client to call it with, a way to move
 * its clock, and a way to read what it sent users. Any fake can be wrapped in one: this library's in-process
 * client ({@link #local()}), an emulator behind an HTTP endpoint, another library's mock.
 *
 * @param client the SDK client that calls the fake
 * @param timeTravel moves the fake's clock
 * @param mailbox reads temporary passwords and codes the fake sent
 */
public record ScenarioTarget(CognitoIdentityProviderClient client, TimeTravel timeTravel, Mailbox mailbox) {

  /**
   * @throws NullPointerException if a component is null
   */
  public ScenarioTarget {
    Objects.requireNonNull(client, "client is null");
    Objects.requireNonNull(timeTravel, "timeTravel is null");
    Objects.requireNonNull(mailbox, "mailbox is null");
  }

  /** A fresh in-process target: a new {@link InProcessCognito} and its {@link InProcessCognitoClient}. */
  public static ScenarioTarget local() {
    return of(InProcessCognito.create());
  }

  /**
   * The in-process target of {@code cognito}: its client, its clock and its mailbox.
   *
   * @throws NullPointerException if {@code cognito} is null
   */
  public static ScenarioTarget of(InProcessCognito cognito) {
    Objects.requireNonNull(cognito, "cognito is null");
    return new ScenarioTarget(InProcessCognitoClient.of(cognito), cognito.clock(), cognito.mailbox());
  }
}
