package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.OAuthFlow;
import dev.userpool.pool.OAuthSettings;
import dev.userpool.pool.ResourceServer;
import dev.userpool.pool.UserPool;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The OAuth parts of a pool's document: its resource servers in order and its prefix domain, and each app client's
 * OAuth settings when it has any. A document written before OAuth was kept has none: no resource servers, no domain,
 * clients without OAuth. (The domain's uniqueness across pools is checked by the operation, reading every pool.)
 */
final class OAuthDocuments {

  private OAuthDocuments() {}

  static void writePool(ObjectNode o, UserPool p) {
    if (!p.resourceServers().isEmpty()) {
      ArrayNode servers = o.putArray("resourceServers");
      p.resourceServers().values().forEach(s -> {
        ObjectNode server = servers.addObject();
        server.put("identifier", s.identifier());
        server.put("name", s.name());
        ArrayNode scopes = server.putArray("scopes");
        s.scopes().forEach(c -> scopes.addObject().put("name", c.scopeName()).put("description", c.scopeDescription()));
      });
    }
    p.domain().forEach(d -> o.put("domain", d));
  }

  static UserPool readPool(JsonNode o, UserPool p) {
    Map<String, ResourceServer> servers = LinkedHashMap.empty();
    for (JsonNode s : Option.of(o.get("resourceServers")).map(List::ofAll).getOrElse(List.empty())) {
      Seq<ResourceServer.Scope> scopes = List.ofAll(s.get("scopes"))
          .map(c -> new ResourceServer.Scope(c.get("name").textValue(), c.get("description").textValue()));
      servers = servers.put(s.get("identifier").textValue(), new ResourceServer(s.get("identifier").textValue(), s.get("name").textValue(),
          scopes));
    }
    return p.withResourceServers(servers).withDomain(Option.of(o.get("domain")).map(JsonNode::textValue));
  }

  static void writeClient(ObjectNode client, AppClient c) {
    OAuthSettings s = c.oauth();
    if (s.equals(OAuthSettings.none())) {
      return;
    }
    ObjectNode o = client.putObject("oauth");
    s.allowedOAuthFlows().forEach(f -> o.withArray("flows").add(f.wireName()));
    s.allowedOAuthScopes().forEach(v -> o.withArray("scopes").add(v));
    o.put("flowsUserPoolClient", s.allowedOAuthFlowsUserPoolClient());
    s.callbackUrls().forEach(v -> o.withArray("callbackUrls").add(v));
    s.logoutUrls().forEach(v -> o.withArray("logoutUrls").add(v));
    s.defaultRedirectUri().forEach(v -> o.put("defaultRedirectUri", v));
    s.supportedIdentityProviders().forEach(v -> o.withArray("identityProviders").add(v));
  }

  static AppClient readClient(JsonNode client, AppClient c) {
    JsonNode o = client.get("oauth");
    if (o == null) {
      return c;
    }
    return c.withOauth(OAuthSettings.builder()
        .allowedOAuthFlows(LinkedHashSet.ofAll(texts(o, "flows").flatMap(OAuthFlow::ofWireName)))
        .allowedOAuthScopes(texts(o, "scopes"))
        .allowedOAuthFlowsUserPoolClient(o.path("flowsUserPoolClient").booleanValue())
        .callbackUrls(texts(o, "callbackUrls"))
        .logoutUrls(texts(o, "logoutUrls"))
        .defaultRedirectUri(Option.of(o.get("defaultRedirectUri")).map(JsonNode::textValue))
        .supportedIdentityProviders(texts(o, "identityProviders"))
        .build());
  }

  private static Seq<String> texts(JsonNode o, String field) {
    return Option.of(o.get(field)).map(a -> List.ofAll(a).map(JsonNode::textValue)).getOrElse(List.empty());
  }
}
