package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.mfa.MfaChallenge;
import dev.userpool.mfa.MfaConfiguration;
import dev.userpool.mfa.MfaSession;
import dev.userpool.mfa.MfaStep;
import dev.userpool.mfa.MfaType;
import dev.userpool.mfa.OneTimeCode;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.mfa.SoftwareToken;
import dev.userpool.mfa.TotpSecret;
import dev.userpool.mfa.UserMfa;
import dev.userpool.userauth.AuthFactor;
import dev.userpool.userauth.SignInPolicy;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The MFA parts of the pool and user documents: the pool's configuration ({@code mfa}) and the user's state (software
 * token with its secret, factors, preference, the open MFA challenge with the code it sent, if any), and the pool's
 * SignInPolicy ({@code signInPolicy}, absent: PASSWORD only). Absent in documents written before MFA: a pool
 * with MFA OFF, a user without MFA. No migration: both live in the JSON documents.
 */
final class MfaDocuments {

  private MfaDocuments() {}

  static void writePool(ObjectNode o, PoolMfa m) {
    ObjectNode mfa = o.putObject("mfa");
    mfa.put("mode", m.mode().name());
    mfa.put("softwareToken", m.softwareToken());
    m.sms().forEach(s -> {
      ObjectNode sms = mfa.putObject("sms");
      s.authenticationMessage().forEach(t -> sms.put("message", t));
    });
    m.email().forEach(e -> {
      ObjectNode email = mfa.putObject("email");
      e.message().forEach(t -> email.put("message", t));
      e.subject().forEach(t -> email.put("subject", t));
    });
    m.webAuthn().forEach(w -> {
      ObjectNode webAuthn = mfa.putObject("webAuthn");
      w.relyingPartyId().forEach(t -> webAuthn.put("relyingPartyId", t));
      w.userVerification().forEach(t -> webAuthn.put("userVerification", t));
    });
  }

  static PoolMfa readPool(JsonNode mfa) {
    if (mfa == null) {
      return PoolMfa.off();
    }
    return new PoolMfa(MfaConfiguration.valueOf(mfa.get("mode").textValue()), mfa.get("softwareToken").booleanValue(),
        Option.of(mfa.get("sms")).map(s -> new PoolMfa.SmsMfa(text(s, "message"))),
        Option.of(mfa.get("email")).map(e -> new PoolMfa.EmailMfa(text(e, "message"), text(e, "subject"))),
        Option.of(mfa.get("webAuthn")).map(w -> new PoolMfa.WebAuthn(text(w, "relyingPartyId"), text(w, "userVerification"))));
  }

  static void writeSignInPolicy(ObjectNode o, SignInPolicy p) {
    if (!p.equals(SignInPolicy.passwordOnly())) {
      ArrayNode factors = o.putArray("signInPolicy");
      p.allowedFirstAuthFactors().forEach(f -> factors.add(f.name()));
    }
  }

  static SignInPolicy readSignInPolicy(JsonNode factors) {
    return factors == null
        ? SignInPolicy.passwordOnly()
        : new SignInPolicy(List.ofAll(factors).map(f -> AuthFactor.valueOf(f.textValue())));
  }

  static void writeUser(ObjectNode o, UserMfa m) {
    if (m.equals(UserMfa.none())) {
      return;
    }
    ObjectNode mfa = o.putObject("mfa");
    m.softwareToken().forEach(t -> {
      ObjectNode token = mfa.putObject("softwareToken");
      token.put("secret", t.secret().reveal());
      token.put("verified", t.verified());
      t.lastStep().forEach(s -> token.put("lastStep", s));
    });
    ArrayNode enabled = mfa.putArray("enabled");
    m.enabled().forEach(t -> enabled.add(t.name()));
    m.preferred().forEach(p -> mfa.put("preferred", p.name()));
    m.challenge().forEach(c -> {
      ObjectNode challenge = mfa.putObject("challenge");
      challenge.put("step", c.step().name());
      challenge.put("session", c.session().reveal());
      challenge.put("expiresAt", c.expiresAt().toString());
      challenge.put("answered", c.answered());
      c.code().forEach(code -> {
        ObjectNode sent = challenge.putObject("code");
        sent.put("code", code.code().reveal());
        sent.put("expiresAt", code.expiresAt().toString());
      });
    });
  }

  static UserMfa readUser(JsonNode mfa) {
    if (mfa == null) {
      return UserMfa.none();
    }
    return new UserMfa(
        Option.of(mfa.get("softwareToken")).map(t -> new SoftwareToken(TotpSecret.of(t.get("secret").textValue()),
            t.get("verified").booleanValue(), Option.of(t.get("lastStep")).map(JsonNode::longValue))),
        LinkedHashSet.ofAll(List.ofAll(mfa.get("enabled")).map(t -> MfaType.valueOf(t.textValue()))),
        text(mfa, "preferred").map(MfaType::valueOf),
        Option.of(mfa.get("challenge")).map(c -> new MfaChallenge(MfaStep.valueOf(c.get("step").textValue()),
            MfaSession.of(c.get("session").textValue()), Instant.parse(c.get("expiresAt").textValue()), c.get("answered").booleanValue(),
            Option.of(c.get("code")).map(code -> OneTimeCode.stored(code.get("code").textValue(),
                Instant.parse(code.get("expiresAt").textValue()))))));
  }

  private static Option<String> text(JsonNode o, String field) {
    return Option.of(o.get(field)).map(JsonNode::textValue);
  }
}
