package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.WebAuthnRefused;
import dev.userpool.service.WebAuthnService;
import dev.userpool.webauthn.Assertion;
import dev.userpool.webauthn.CeremonyOptions;
import dev.userpool.webauthn.Registration;
import dev.userpool.webauthn.RelyingParty;
import dev.userpool.webauthn.UserVerification;
import dev.userpool.webauthn.WebAuthnChallenge;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;

/** docs/generated/webauthn.md: passkeys as the endpoint runs them, from the data: options, checks in order, every refusal. */
final class WebAuthnDoc {

  static final String FILE = "webauthn.md";

  private static final String MODEL = "the code is in the model's error list (cognito-idp-2016-04-18); the message decided";

  private WebAuthnDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Passkeys (WebAuthn)", "RelyingParty, CeremonyOptions, Registration.CHECKS, Assertion.CHECKS and "
        + "WebAuthnRefused");
    md.p("StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials and DeleteWebAuthnCredential take the "
        + "signed-in user's access token; the WEB_AUTHN challenge of USER_AUTH signs in with a registered passkey. The checks "
        + "follow the W3C WebAuthn Level 2 specification (sections 7.1 and 7.2) in its order; signatures, COSE keys and "
        + "attestation statements are verified by webauthn4j behind the " + code("WebAuthnVerifier") + " port.");
    md.h2("The relying party");
    md.p("The pool's " + code("WebAuthnConfiguration.RelyingPartyId") + " (SetUserPoolMfaConfig), else its prefix domain's host "
        + code("<prefix>.auth.<region>.amazoncognito.com") + "; with neither, " + code("WebAuthnConfigurationMissingException")
        + ". A Lite pool is refused " + code("WebAuthnNotEnabledException") + " (passkeys need Essentials or Plus). "
        + code("UserVerification") + " is " + code(UserVerification.REQUIRED.wire()) + " or " + code(UserVerification.PREFERRED.wire())
        + " (the default). Accepted origins: " + code("https://") + " and the RP ID or a subdomain of it, any port; for the RP ID "
        + code("localhost") + " also " + code("http://localhost:<port>") + ", so local apps and the browser test run without TLS.");
    RelyingParty local = new RelyingParty("localhost", UserVerification.PREFERRED);
    List<List<String>> origins = new ArrayList<>();
    for (String origin : List.of("http://localhost:5173", "https://localhost", "http://localhost.evil.io")) {
      origins.add(List.of(code("localhost"), code(origin), local.allowsOrigin(origin) ? "accepted" : "refused"));
    }
    RelyingParty site = new RelyingParty("example.com", UserVerification.PREFERRED);
    for (String origin : List.of("https://example.com", "https://login.example.com:8443", "http://example.com",
        "https://evilexample.com")) {
      origins.add(List.of(code("example.com"), code(origin), site.allowsOrigin(origin) ? "accepted" : "refused"));
    }
    md.table(List.of("RP ID", "origin", ""), origins);
    md.h2("Registration");
    md.p("StartWebAuthnRegistration answers " + code("CredentialCreationOptions") + ", a JSON document: a new 32-byte challenge "
        + "(base64url), " + code("rp") + " (the RP ID and the pool's name), " + code("user") + " (id: the sub's UTF-8 bytes in "
        + "base64url; name and displayName: the username), " + code("pubKeyCredParams") + " ES256 (-7) then RS256 (-257), "
        + code("timeout") + " " + CeremonyOptions.TIMEOUT_MILLIS + " ms, " + code("excludeCredentials") + " (the user's passkeys), "
        + code("authenticatorSelection") + " (a discoverable credential and the pool's user verification) and "
        + code("attestation") + " none. The challenge is open for " + WebAuthnChallenge.LIFETIME.toMinutes() + " minutes through "
        + "the same app client, replaces the user's earlier one and is used once. A user has at most "
        + Registration.MAX_CREDENTIALS + " passkeys. CompleteWebAuthnRegistration's " + code("Credential")
        + " is the RegistrationResponseJSON; attestation formats " + String.join(" and ", Registration.FORMATS) + " are accepted.");
    md.p("Its checks, in order:");
    md.table(List.of("#", "error", "message", "source"), rows(Registration.CHECKS));
    md.h2("The credential list");
    md.p("ListWebAuthnCredentials pages the user's passkeys oldest first, " + code("MaxResults") + " 0 to "
        + WebAuthnService.MAX_RESULTS + " at a time (absent: " + WebAuthnService.MAX_RESULTS + "); " + code("NextToken")
        + " names the last one given, so a page after a deletion goes on where it was. DeleteWebAuthnCredential removes one by "
        + code("CredentialId") + ": " + Markdown.error(new WebAuthnRefused(WebAuthnRefused.Reason.CREDENTIAL_NOT_FOUND).cognitoError(),
            new WebAuthnRefused(WebAuthnRefused.Reason.CREDENTIAL_NOT_FOUND).message())
        + " when the user has none with that id. A user's passkeys are deleted with the user.");
    md.h2("Sign-in");
    md.p("USER_AUTH with " + code("PREFERRED_CHALLENGE") + " " + code("WEB_AUTHN") + " (or SELECT_CHALLENGE answered "
        + code("WEB_AUTHN") + ") answers the WEB_AUTHN challenge with " + code("CREDENTIAL_REQUEST_OPTIONS") + ": a JSON text with "
        + "a new challenge, " + code("timeout") + ", " + code("rpId") + ", " + code("allowCredentials") + " (the user's passkeys) and "
        + code("userVerification") + "; the session is valid for the app client's AuthSessionValidity and answers once. "
        + "RespondToAuthChallenge WEB_AUTHN with " + code("CREDENTIAL") + " (the AuthenticationResponseJSON as text) gives tokens "
        + "when every check passes; the counter rule: when the stored or the presented signature counter is not 0, the presented "
        + "one must be greater, and the stored counter moves to it (of two sign-ins with one signature, one wins).");
    md.p("Its checks, in order, after the session's (" + code("Invalid session for the user.") + ", "
        + code("Invalid session for the user, session is expired.") + "):");
    md.table(List.of("#", "error", "message", "source"), rows(Assertion.CHECKS));
    return md.toString();
  }

  private static List<List<String>> rows(Seq<WebAuthnRefused.Reason> checks) {
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (WebAuthnRefused.Reason reason : checks) {
      WebAuthnRefused e = new WebAuthnRefused(reason);
      rows.add(List.of(Integer.toString(++n), code(e.cognitoError()), code(e.message()), MODEL));
    }
    return rows;
  }
}
