package dev.userpool.postgres;

import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.testkit.token.RsaTokenSigner;
import java.io.IOException;

/**
 * A local endpoint on the PostgreSQL store, as its own process: {@code EndpointProcess <url>} prints
 * {@code listening on <uri>} and serves until its standard input closes.
 */
final class EndpointProcess {

  private EndpointProcess() {}

  public static void main(String[] args) throws IOException {
    try (PostgresStores stores = PostgresStores.connect(args[0])) {
      InProcessCognito cognito = InProcessCognito.builder().store(stores.userPools()).groups(stores.groups())
          .tokenFamilies(stores.tokenFamilies()).mailroom(stores.mailroom()).clockOffset(stores.clockOffset())
          .randomness(SeededRandomness.secure())
          .signer(clock -> RsaTokenSigner.stored(stores.signingKeys(), clock, KeyProtection.none())).build();
      try (LocalEndpoint endpoint = LocalEndpoint.builder().port(0).cognito(cognito).start()) {
        System.out.println("listening on " + endpoint.uri());
        System.out.flush();
        while (System.in.read() >= 0) {
          // serve until the parent closes our standard input (or dies)
        }
      }
    }
  }
}
