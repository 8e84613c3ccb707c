package dev.userpool.postgres;

import dev.userpool.port.SigningKeys;
import dev.userpool.port.AuthorizationCodes;
import dev.userpool.port.Groups;
import dev.userpool.port.HostedSessions;
import dev.userpool.port.TokenFamilies;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.port.Devices;
import dev.userpool.port.UserPools;
import dev.userpool.testkit.inprocess.ClockOffset;
import dev.userpool.testkit.inprocess.Mailroom;
import dev.userpool.testkit.endpoint.StoreProvider;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Opens the PostgreSQL store for the local endpoint's {@code --store URL}: {@code postgresql://},
 * {@code postgres://} or {@code jdbc:postgresql:} URLs, as {@link PostgresStores#connect} takes them.
 * Registered in {@code META-INF/services}; the server jar holds it. Every endpoint on one database shares
 * its pools, users, groups, token registry, authorization codes, hosted sign-in sessions and test control (clock offset and mailbox).
 */
public final class PostgresStoreProvider implements StoreProvider {

  /** For {@link ServiceLoader}. */
  public PostgresStoreProvider() {}

  @Override
  public boolean accepts(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql:");
  }

  @Override
  public Store open(String url) {
    PostgresStores stores = PostgresStores.connect(url);
    return new Store() {
      @Override
      public UserPools userPools() {
        return stores.userPools();
      }

      @Override
      public SigningKeys signingKeys() {
        return stores.signingKeys();
      }

      @Override
      public Groups groups() {
        return stores.groups();
      }

      @Override
      public TokenFamilies tokenFamilies() {
        return stores.tokenFamilies();
      }

      @Override
      public AuthorizationCodes authorizationCodes() {
        return stores.authorizationCodes();
      }

      @Override
      public HostedSessions hostedSessions() {
        return stores.hostedSessions();
      }

      @Override
      public WebAuthnCredentials webAuthnCredentials() {
        return stores.webAuthnCredentials();
      }

      @Override
      public Devices devices() {
        return stores.devices();
      }

      @Override
      public Mailroom mailroom() {
        return stores.mailroom();
      }

      @Override
      public ClockOffset clockOffset() {
        return stores.clockOffset();
      }

      @Override
      public boolean persistent() {
        return true;
      }

      @Override
      public void close() {
        stores.close();
      }
    };
  }
}
