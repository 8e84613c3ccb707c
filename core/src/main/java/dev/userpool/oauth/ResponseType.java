package dev.userpool.oauth;

import dev.userpool.pool.OAuthFlow;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** A {@code response_type} of the authorize endpoint, and the flow the client must allow for it. */
public enum ResponseType {
  /** An authorization code, redeemed at the token endpoint. */
  CODE("code", OAuthFlow.CODE),
  /** Tokens in the redirect's fragment (the implicit grant): no refresh token. */
  TOKEN("token", OAuthFlow.IMPLICIT);

  private final String wireName;
  private final OAuthFlow flow;

  ResponseType(String wireName, OAuthFlow flow) {
    this.wireName = wireName;
    this.flow = flow;
  }

  /** The value on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The flow a client must allow. */
  public OAuthFlow flow() {
    return flow;
  }

  /** The response type with this wire name, if any. */
  public static Option<ResponseType> of(String name) {
    return List.of(values()).find(t -> t.wireName.equals(name));
  }
}
