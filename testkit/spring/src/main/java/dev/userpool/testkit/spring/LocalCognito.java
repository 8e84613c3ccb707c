package dev.userpool.testkit.spring;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.token.Issuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The Cognito of one Spring test context: an in-process Cognito with one {@link TestPool}, a {@link LocalEndpoint}
 * serving it on a free port of 127.0.0.1 (its JWKS and OpenID discovery, and in {@link AutoConfigureCognito.Mode#ENDPOINT}
 * mode every call), the SDK clients the application's beans are replaced by, and the properties that point the
 * application at it. Closed with its context.
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
  private final CognitoIdentityProviderClient client;
  private final CognitoIdentityProviderAsyncClient asyncClient;

  private LocalCognito(AutoConfigureCognito.Mode mode, TestPool pool, LocalEndpoint endpoint, CognitoIdentityProviderClient client) {
    this.mode = mode;
    this.pool = pool;
    this.endpoint = endpoint;
    this.client = client;
    this.asyncClient = AsyncOverSync.of(client);
  }

  /** Starts the Cognito that {@code settings} describe. */
  static LocalCognito start(Settings settings) {
    AtomicReference<String> base = new AtomicReference<>();
    InProcessCognito.Builder builder = InProcessCognito.builder().seed(settings.seed()).clock(ControllableClock.parse(settings.clock()));
    if (settings.mode() == AutoConfigureCognito.Mode.ENDPOINT) {
      // iss names the endpoint, so discovery from issuer-uri reaches it; the URL is known once the port is bound
      builder.issuer(poolId -> Issuer.local(base.get(), poolId));
    }
    InProcessCognito cognito = builder.build();
    LocalEndpoint endpoint;
    try {
      endpoint = LocalEndpoint.builder().cognito(cognito).port(0).start();
    } catch (IOException e) {
      throw new UncheckedIOException("@AutoConfigureCognito: the local endpoint could not bind a free port on 127.0.0.1", e);
    }
    base.set(endpoint.uri().toString());
    TestPool pool;
    CognitoIdentityProviderClient client;
    try {
      pool = TestPool.create(cognito, settings.poolSpec());
      client = settings.mode() == AutoConfigureCognito.Mode.ENDPOINT
          ? overHttp(endpoint.uri(), pool.id().region())
          : InProcessCognitoClient.of(cognito);
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
    return new LocalCognito(settings.mode(), pool, endpoint, client);
  }

  private static CognitoIdentityProviderClient overHttp(URI endpoint, String region) {
    try {
      return CognitoIdentityProviderClient.builder().endpointOverride(endpoint).region(Region.of(region))
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
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

  /** The endpoint serving this Cognito over HTTP (its keys and discovery document in both modes). */
  public LocalEndpoint endpoint() {
    return endpoint;
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
    return Issuer.local(endpoint.uri().toString(), pool.id()).jwksUri();
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
    properties.put(PROPERTY_PREFIX + "endpoint", endpoint.uri().toString());
    properties.put(PROPERTY_PREFIX + "region", pool.id().region());
    settings.userPoolIdProperties().forEach(name -> properties.put(name, pool.id().value()));
    settings.clientIdProperties().forEach(name -> properties.put(name, pool.clientId().value()));
    return properties;
  }

  /** Closes the SDK client and stops the endpoint. */
  @Override
  public void close() {
    try {
      client.close();
    } finally {
      endpoint.close();
    }
  }

  @Override
  public String toString() {
    return "LocalCognito[" + mode + ", " + pool.id().value() + " at " + endpoint.uri() + "]";
  }
}
