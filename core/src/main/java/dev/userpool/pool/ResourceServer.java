package dev.userpool.pool;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A resource server: an API whose custom scopes app clients may be granted, each rendered
 * {@code <identifier>/<scope name>} in tokens. Mirrors {@code ResourceServerType} (AWS developer guide,
 * "Scopes, M2M, and resource servers").
 *
 * @param identifier the identifier, unique in its pool, usually the API's URL
 * @param name a friendly name
 * @param scopes the scopes, in the order they were given
 */
public record ResourceServer(String identifier, String name, Seq<Scope> scopes) {

  /** The most scopes one resource server has ({@code ResourceServerScopeListType}). */
  public static final int MAX_SCOPES = 100;

  /**
   * One custom scope. Mirrors {@code ResourceServerScopeType}.
   *
   * @param scopeName the name, without the resource server's identifier
   * @param scopeDescription a description
   */
  public record Scope(String scopeName, String scopeDescription) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Scope {
      Objects.requireNonNull(scopeName, "scopeName is null");
      Objects.requireNonNull(scopeDescription, "scopeDescription is null");
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public ResourceServer {
    Objects.requireNonNull(identifier, "identifier is null");
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(scopes, "scopes is null");
  }

  /** The scopes as tokens carry them: {@code <identifier>/<scope name>}. */
  public Seq<String> qualifiedScopes() {
    return scopes.map(s -> identifier + "/" + s.scopeName());
  }
}
