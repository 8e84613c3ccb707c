package dev.userpool.service;

import dev.userpool.pool.AppClient;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;

/**
 * Who asked for a write, as the triggers it runs after the save see it: the app client (an event's
 * {@code callerContext.clientId}) and the request's ClientMetadata.
 *
 * @param client the app client, none for admin operations
 * @param clientMetadata the request's ClientMetadata, empty when none
 */
record Caller(Option<AppClient> client, LinkedHashMap<String, String> clientMetadata) {

  /** An admin operation without ClientMetadata. */
  static final Caller NONE = new Caller(Option.none(), LinkedHashMap.empty());

  Caller {
    Objects.requireNonNull(client, "client is null");
    Objects.requireNonNull(clientMetadata, "clientMetadata is null");
  }

  /** A request through {@code client}, without ClientMetadata. */
  static Caller of(AppClient client) {
    return new Caller(Option.some(client), LinkedHashMap.empty());
  }

  /** This caller with {@code metadata} (a request's ClientMetadata; null is none). */
  Caller withClientMetadata(Map<String, String> metadata) {
    return metadata == null ? this : new Caller(client, LinkedHashMap.ofAll(metadata));
  }

  /** This caller with {@code metadata}, a request's ClientMetadata. */
  Caller withClientMetadata(LinkedHashMap<String, String> metadata) {
    return new Caller(client, metadata);
  }
}
