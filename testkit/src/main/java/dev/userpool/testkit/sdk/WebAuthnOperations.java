package dev.userpool.testkit.sdk;

import dev.userpool.service.WebAuthnService;
import dev.userpool.trigger.Json;
import dev.userpool.webauthn.WebAuthnCredential;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialDescription;

/**
 * The passkey operations of the in-process SDK client: SDK shapes to {@link WebAuthnService}, its answers to SDK
 * responses; the document members (CredentialCreationOptions, Credential) between the SDK's {@link Document} and the
 * library's {@link Json}.
 */
final class WebAuthnOperations {

  private final WebAuthnService webAuthn;
  private final Replies replies;

  WebAuthnOperations(WebAuthnService webAuthn, Replies replies) {
    this.webAuthn = webAuthn;
    this.replies = replies;
  }

  StartWebAuthnRegistrationResponse start(StartWebAuthnRegistrationRequest r) {
    Json.Obj options = replies.run(webAuthn.startRegistration(r.accessToken()));
    return replies.respond(StartWebAuthnRegistrationResponse.builder().credentialCreationOptions(DocumentValues.document(options)),
        StartWebAuthnRegistrationResponse.class);
  }

  CompleteWebAuthnRegistrationResponse complete(CompleteWebAuthnRegistrationRequest r) {
    replies.run(webAuthn.completeRegistration(r.accessToken(), r.credential() == null ? null : DocumentValues.json(r.credential())));
    return replies.respond(CompleteWebAuthnRegistrationResponse.builder(), CompleteWebAuthnRegistrationResponse.class);
  }

  ListWebAuthnCredentialsResponse list(ListWebAuthnCredentialsRequest r) {
    WebAuthnService.Page page = replies.run(webAuthn.list(r.accessToken(), r.maxResults(), r.nextToken()));
    return replies.respond(ListWebAuthnCredentialsResponse.builder()
        .credentials(page.credentials().map(WebAuthnOperations::description).asJava()).nextToken(page.nextToken().getOrNull()),
        ListWebAuthnCredentialsResponse.class);
  }

  DeleteWebAuthnCredentialResponse delete(DeleteWebAuthnCredentialRequest r) {
    replies.run(webAuthn.delete(r.accessToken(), r.credentialId()));
    return replies.respond(DeleteWebAuthnCredentialResponse.builder(), DeleteWebAuthnCredentialResponse.class);
  }

  private static WebAuthnCredentialDescription description(WebAuthnCredential c) {
    return WebAuthnCredentialDescription.builder().credentialId(c.credentialId()).friendlyCredentialName(c.friendlyName())
        .relyingPartyId(c.relyingPartyId()).authenticatorAttachment(c.attachment().getOrNull())
        .authenticatorTransports(c.transports().asJava()).createdAt(c.createdAt()).build();
  }
}
