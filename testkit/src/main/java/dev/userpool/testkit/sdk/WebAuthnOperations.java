package dev.userpool.testkit.sdk;

import dev.userpool.service.WebAuthnService;
import dev.userpool.trigger.Json;
import dev.userpool.webauthn.WebAuthnCredential;
import io.vavr.collection.List;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
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
    return replies.respond(StartWebAuthnRegistrationResponse.builder().credentialCreationOptions(document(options)),
        StartWebAuthnRegistrationResponse.class);
  }

  CompleteWebAuthnRegistrationResponse complete(CompleteWebAuthnRegistrationRequest r) {
    replies.run(webAuthn.completeRegistration(r.accessToken(), r.credential() == null ? null : json(r.credential())));
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

  /** A JSON value as the SDK's document. */
  static Document document(Json json) {
    if (json instanceof Json.Text t) {
      return Document.fromString(t.value());
    }
    if (json instanceof Json.Num n) {
      return Document.fromNumber(SdkNumber.fromString(n.value()));
    }
    if (json instanceof Json.Bool b) {
      return Document.fromBoolean(b.value());
    }
    if (json instanceof Json.Arr a) {
      return Document.fromList(a.items().map(WebAuthnOperations::document).asJava());
    }
    if (json instanceof Json.Obj o) {
      Map<String, Document> members = new LinkedHashMap<>();
      o.members().forEach((name, value) -> members.put(name, document(value)));
      return Document.fromMap(members);
    }
    return Document.fromNull();
  }

  /** The SDK's document as a JSON value. */
  static Json json(Document document) {
    if (document.isString()) {
      return new Json.Text(document.asString());
    }
    if (document.isNumber()) {
      return new Json.Num(document.asNumber().stringValue());
    }
    if (document.isBoolean()) {
      return new Json.Bool(document.asBoolean());
    }
    if (document.isList()) {
      return new Json.Arr(List.ofAll(document.asList()).map(WebAuthnOperations::json));
    }
    if (document.isMap()) {
      Json.Obj object = Json.Obj.empty();
      for (Map.Entry<String, Document> member : document.asMap().entrySet()) {
        object = object.with(member.getKey(), json(member.getValue()));
      }
      return object;
    }
    return new Json.Null();
  }
}
