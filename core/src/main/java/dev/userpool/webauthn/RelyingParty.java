package dev.userpool.webauthn;

import dev.userpool.error.CognitoError;
import dev.userpool.error.WebAuthnRefused;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * A pool's WebAuthn relying party: its id and how much user verification it asks for.
 *
 * @param id the relying party id, a host name such as {@code example.com} or {@code localhost}
 * @param userVerification WebAuthnConfiguration.UserVerification, {@code PREFERRED} when the pool does not say
 */
public record RelyingParty(String id, UserVerification userVerification) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public RelyingParty {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(userVerification, "userVerification is null");
  }

  /**
   * The pool's relying party. Passkeys need the Essentials tier or Plus (the WebAuthnConfigurationType reference: "your
   * user pool must be in the Essentials tier or higher"): a Lite pool is refused {@code WebAuthnNotEnabledException}. The
   * id is WebAuthnConfiguration.RelyingPartyId, else the pool's prefix domain's host
   * ({@code <prefix>.auth.<region>.amazoncognito.com}, "typically your user pool domain"); with neither, the model's
   * {@code WebAuthnConfigurationMissingException}.
   */
  public static Either<CognitoError, RelyingParty> of(UserPool pool) {
    if (pool.tier() == Tier.LITE) {
      return Either.left(new WebAuthnRefused(WebAuthnRefused.Reason.NOT_ENABLED));
    }
    Option<PoolMfa.WebAuthn> configured = pool.mfa().webAuthn();
    UserVerification verification = configured.flatMap(PoolMfa.WebAuthn::userVerification).flatMap(UserVerification::ofWire)
        .getOrElse(UserVerification.PREFERRED);
    Option<String> id = configured.flatMap(PoolMfa.WebAuthn::relyingPartyId)
        .orElse(() -> pool.domain().map(prefix -> prefix + ".auth." + pool.id().region() + ".amazoncognito.com"));
    return id.map(i -> new RelyingParty(i.toLowerCase(Locale.ROOT), verification))
        .toEither(() -> new WebAuthnRefused(WebAuthnRefused.Reason.CONFIGURATION_MISSING));
  }

  /**
   * Whether a ceremony from {@code origin} may use this relying party: {@code https://} and the id or one of its
   * subdomains, with any port (the W3C specification: the RP ID is the origin's effective domain or a registrable suffix of
   * it). For the relying party {@code localhost}, {@code http://localhost} with any port too: browsers treat localhost as
   * a secure context, so local apps and tests run without TLS.
   */
  public boolean allowsOrigin(String origin) {
    String host;
    if (origin.startsWith("https://")) {
      host = origin.substring("https://".length());
    } else if (origin.startsWith("http://") && "localhost".equals(id)) {
      host = origin.substring("http://".length());
    } else {
      return false;
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      String port = host.substring(colon + 1);
      if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      host = host.substring(0, colon);
    }
    return host.equals(id) || host.endsWith("." + id);
  }

  /** SHA-256 of the id: what the authenticator data's first 32 bytes must be. */
  public byte[] idHash() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
