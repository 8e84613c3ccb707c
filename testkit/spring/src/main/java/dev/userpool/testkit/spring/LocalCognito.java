package dev.userpool.testkit.spring;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.token.Issuer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The Cognito of one Spring test context: an in-process Cognito with one {@link TestPool}, an HTTP server on a free
 * port of 127.0.0.1 (in {@link AutoConfigureCognito.Mode#ENDPOINT} mode the {@link LocalEndpoint}, which answers every
 * call; in process one that serves the pool's keys alone), the SDK clients the application's
 * beans are replaced by, and the properties that point the application at it. Closed with its context.
 */
public final class LocalCognito implements AutoCloseable {

  /** The prefix of the properties this integration sets ({@code userpool.cognito.user-pool-id}, ...). */
  public static final String PROPERTY_PREFIX = "userpool.cognito.";
  /** Spring Boot's resource-server properties this integration sets. */
  public static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
  /** Spring Boot's resource-server issuer, checked against each token's {@code iss}. */
  public static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

  private final AutoConfigureCognito.Mode mode;
  private final TestPool pool;
  private final LocalEndpoint endpoint;
  private final AutoCloseable server;
  private final URI uri;
  private final CognitoIdentityProviderClient client;
  private final CognitoIdentityProviderAsyncClient asyncClient;

  private LocalCognito(AutoConfigureCognito.Mode mode, TestPool pool, LocalEndpoint endpoint, AutoCloseable server, URI uri,
      CognitoIdentityProviderClient client) {
    this.mode = mode;
    this.pool = pool;
    this.endpoint = endpoint;
    this.server = server;
    this.uri = uri;
    this.client = client;
    this.asyncClient = AsyncOverSync.of(client);
  }

  /** Starts the Cognito that {@code settings} describe. */
  static LocalCognito start(Settings settings) {
    AtomicReference<String> base = new AtomicReference<>();
    InProcessCognito.Builder builder = InProcessCognito.builder().seed(settings.seed()).clock(ControllableClock.parse(settings.clock()));
    boolean overHttp = settings.mode() == AutoConfigureCognito.Mode.ENDPOINT;
    if (overHttp) {
      // iss names the endpoint, so discovery from issuer-uri reaches it; the URL is known once the port is bound
      builder.issuer(poolId -> Issuer.local(base.get(), poolId));
    }
    InProcessCognito cognito = builder.build();
    TestPool pool = TestPool.create(cognito, settings.poolSpec());
    if (!overHttp) {
      KeysServer keys = KeysServer.start(pool);
      return new LocalCognito(settings.mode(), pool, null, keys, keys.uri(), InProcessCognitoClient.of(cognito));
    }
    LocalEndpoint endpoint = Endpoints.start(cognito);
    base.set(endpoint.uri().toString());
    try {
      return new LocalCognito(settings.mode(), pool, endpoint, endpoint, endpoint.uri(), overHttp(endpoint.uri(), pool.id().region()));
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
  }

  private static CognitoIdentityProviderClient overHttp(URI endpoint, String region) {
    return sdkClient(() -> CognitoIdentityProviderClient.builder().endpointOverride(endpoint).region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build());
  }

  /** The SDK's client as {@code build} makes it, or what to add when the SDK finds no HTTP client. */
  static CognitoIdentityProviderClient sdkClient(Supplier<CognitoIdentityProviderClient> build) {
    try {
      return build.get();
    } catch (SdkClientException e) {
      throw new IllegalStateException("@AutoConfigureCognito(mode = ENDPOINT) builds the AWS SDK's own client, which needs an SDK "
          + "HTTP client on the test classpath: add software.amazon.awssdk:url-connection-client (or apache-client) with test "
          + "scope, or use mode = IN_PROCESS (" + e.getMessage() + ")", e);
    }
  }

  // -- accessors

  /** How the application reaches this Cognito. */
  public AutoConfigureCognito.Mode mode() {
    return mode;
  }

  /** The pool and its fixtures. */
  public TestPool pool() {
    return pool;
  }

  /** The in-process Cognito behind the pool and the endpoint. */
  public InProcessCognito cognito() {
    return pool.cognito();
  }

  /** The local endpoint the application's SDK clients call, in {@link AutoConfigureCognito.Mode#ENDPOINT} mode. */
  public Optional<LocalEndpoint> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * The base URL of this Cognito's HTTP server, which serves the pool's keys: the local
   * endpoint in {@link AutoConfigureCognito.Mode#ENDPOINT} mode, a server of the keys alone in process.
   */
  public URI uri() {
    return uri;
  }

  /** The client the application's {@code CognitoIdentityProviderClient} beans are replaced by. */
  public CognitoIdentityProviderClient client() {
    return client;
  }

  /** The client the application's {@code CognitoIdentityProviderAsyncClient} beans are replaced by. */
  public CognitoIdentityProviderAsyncClient asyncClient() {
    return asyncClient;
  }

  /** The {@code iss} of the pool's tokens: AWS's form in process, the endpoint's URL in endpoint mode. */
  public String issuer() {
    return pool.issuer();
  }

  /** Where the pool's public keys are served: {@code <endpoint>/<poolId>/.well-known/jwks.json}. */
  public String jwkSetUri() {
    return Issuer.local(uri.toString(), pool.id()).jwksUri();
  }

  /**
   * The properties this integration sets, highest precedence: the resource server's {@value #JWK_SET_URI} and
   * {@value #ISSUER_URI}, {@code userpool.cognito.*}, and the application's own names for the pool's and client's ids.
   */
  Map<String, Object> properties(Settings settings) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(JWK_SET_URI, jwkSetUri());
    properties.put(ISSUER_URI, issuer());
    properties.put(PROPERTY_PREFIX + "user-pool-id", pool.id().value());
    properties.put(PROPERTY_PREFIX + "client-id", pool.clientId().value());
    properties.put(PROPERTY_PREFIX + "issuer", issuer());
    properties.put(PROPERTY_PREFIX + "jwk-set-uri", jwkSetUri());
    endpoint().ifPresent(e -> properties.put(PROPERTY_PREFIX + "endpoint", e.uri().toString()));
    properties.put(PROPERTY_PREFIX + "region", pool.id().region());
    settings.userPoolIdProperties().forEach(name -> properties.put(name, pool.id().value()));
    settings.clientIdProperties().forEach(name -> properties.put(name, pool.clientId().value()));
    return properties;
  }

  /** Closes the SDK client and stops the HTTP server. */
  @Override
  public void close() {
    try {
      client.close();
    } finally {
      try {
        server.close();
      } catch (Exception e) {
        throw new IllegalStateException("@AutoConfigureCognito: the local HTTP server did not stop", e);
      }
    }
  }

  @Override
  public String toString() {
    return "LocalCognito[" + mode + ", " + pool.id().value() + " at " + uri + "]";
  }
}
