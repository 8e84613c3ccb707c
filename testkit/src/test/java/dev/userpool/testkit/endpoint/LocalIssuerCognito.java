package dev.userpool.testkit.endpoint;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.token.Issuer;
import java.util.concurrent.atomic.AtomicReference;

/** An InProcessCognito whose pools' {@code iss} is the local endpoint's URL, known once the endpoint listens. */
final class LocalIssuerCognito {

  private LocalIssuerCognito() {}

  /** A Cognito whose issuer is {@code <base>/<poolId>}, {@code base} set when the endpoint has started. */
  static InProcessCognito create(AtomicReference<String> base) {
    return InProcessCognito.builder().issuer(pool -> Issuer.local(base.get(), pool)).build();
  }
}
