package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.WebAuthnRefused;
import dev.userpool.service.WebAuthnService;
import dev.userpool.webauthn.Assertion;
import dev.userpool.webauthn.CeremonyOptions;
import dev.userpool.webauthn.Registration;
import dev.userpool.webauthn.RelyingParty;
import dev.userpool.webauthn.WebAuthnChallenge;
import java.util.List;
import java.util.Optional;

/** The rows of {@link Decisions} on passkeys (issue 30). */
final class WebAuthnDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";
  private static final String W3C = "https://www.w3.org/TR/webauthn-2/";

  static final List<Decisions.Entry> ENTRIES = List.of(
      entry("webauthn-relying-party", Decisions.Kind.DECIDED, "Passkeys' relying party",
          "The RP ID is WebAuthnConfiguration.RelyingPartyId, else the pool's prefix domain's host "
              + "(`<prefix>.auth.<region>.amazoncognito.com`); with neither, WebAuthnConfigurationMissingException. A Lite pool "
              + "is WebAuthnNotEnabledException. Origins: `https://` and the RP ID or a subdomain, any port; for the RP ID "
              + "`localhost`, `http://localhost:<port>` too. UserVerification defaults to `preferred`.",
          "The API reference says the RP ID is \"typically your user pool domain\", that passkeys need the Essentials tier, and "
              + "names WebAuthnConfigurationMissingException for a pool with neither; it does not list the accepted origins. "
              + "Browsers treat localhost as a secure context, which local apps rely on.",
          List.of(to(RelyingParty.class, "of"), to(RelyingParty.class, "allowsOrigin")),
          List.of(Source.of(API + "API_WebAuthnConfigurationType.html"), Source.of(GUIDE + "cognito-user-pools-passkeys.html"))),
      entry("webauthn-messages", Decisions.Kind.DECIDED, "Passkey error messages",
          "Every passkey refusal has the code AWS's model lists for the operation (the WebAuthn* exceptions of the registration "
              + "operations, LimitExceededException, ResourceNotFoundException of DeleteWebAuthnCredential) and a message the "
              + "library wrote; a malformed Credential or CREDENTIAL is InvalidParameterException.",
          "AWS publishes no message for any WebAuthn exception, and no public report quotes one.",
          List.of(to(WebAuthnRefused.class, "message")),
          List.of(Source.of(API + "API_CompleteWebAuthnRegistration.html"), Source.of(API + "API_StartWebAuthnRegistration.html"))),
      entry("webauthn-sign-in-refusals", Decisions.Kind.DECIDED, "A refused passkey sign-in",
          "Every refusal of a WEB_AUTHN answer (unknown or deleted credential, wrong type, challenge, origin or RP ID, missing "
              + "UP or required UV, bad signature, a counter that did not grow) is NotAuthorizedException with its own message; "
              + "the session stays open for another try.",
          "RespondToAuthChallenge's error list in the model has no WebAuthn exception; NotAuthorizedException is the one that "
              + "fits.",
          List.of(to(Assertion.class, "check"), to(Assertion.class, "CHECKS")),
          List.of(Source.of(API + "API_RespondToAuthChallenge.html"))),
      entry("webauthn-ceremony", Decisions.Kind.DECIDED, "Registration challenges",
          "A registration challenge is 32 random bytes, open for five minutes (the options' timeout), through the app client "
              + "that started it (another client's token: WebAuthnClientMismatchException), replaced by the next "
              + "StartWebAuthnRegistration and used once; a challenge that is not the open one is WebAuthnChallengeNotFoundException.",
          "The model describes WebAuthnChallengeNotFoundException as an expired challenge and WebAuthnClientMismatchException as "
              + "another client's token; the lifetime is not published.",
          List.of(to(WebAuthnChallenge.class, "LIFETIME"), to(Registration.class, "check")),
          List.of(Source.of(API + "API_CompleteWebAuthnRegistration.html"))),
      entry("webauthn-credentials", Decisions.Kind.DECIDED, "Which passkeys register",
          "ES256 and RS256 keys, attestation `none` or `packed` (its signature checked, its certificate's trust not judged); "
              + "at most 20 passkeys a user (LimitExceededException); a discoverable credential is asked for; the user handle is "
              + "the sub's UTF-8 bytes; FriendlyCredentialName is generated from the authenticator attachment.",
          "AWS documents none of these; 20 matches ListWebAuthnCredentials' MaxResults bound, and the W3C specification leaves "
              + "the attestation policy to the relying party.",
          List.of(to(Registration.class, "ALGORITHMS"), to(Registration.class, "FORMATS"), to(Registration.class, "MAX_CREDENTIALS"),
              to(CeremonyOptions.class, "userHandle")),
          List.of(Source.of(W3C + "#sctn-registering-a-new-credential"))),
      entry("webauthn-list", Decisions.Kind.DECIDED, "ListWebAuthnCredentials' pages",
          "MaxResults 0 to 20 (the model's range; absent: 20), oldest first; NextToken names the last credential given, so a "
              + "page after a deletion goes on where it was.",
          "The model gives the range only.",
          List.of(to(WebAuthnService.class, "list"), to(WebAuthnService.class, "MAX_RESULTS")),
          List.of(Source.of(API + "API_ListWebAuthnCredentials.html"))));

  private WebAuthnDecisions() {}

  private static Decisions.Entry entry(String id, Decisions.Kind kind, String title, String rule, String reason, List<CodeRef> code,
      List<Source> sources) {
    return new Decisions.Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
