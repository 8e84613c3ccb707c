package dev.userpool.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.userpool.port.AuthorizationCodes;
import dev.userpool.port.Groups;
import dev.userpool.port.HostedSessions;
import dev.userpool.port.SigningKeys;
import dev.userpool.port.TokenFamilies;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.port.Devices;
import dev.userpool.port.UserPools;
import dev.userpool.testkit.inprocess.ClockOffset;
import dev.userpool.testkit.inprocess.Mailroom;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The stores on PostgreSQL: what {@code UserPoolService} needs ({@link #userPools()}, and through it each
 * pool's users), the groups ({@link #groups()}) and the token registry ({@link #tokenFamilies()}), over a HikariCP
 * connection pool, on a schema that Flyway creates and migrates on
 * connect. Several processes may share one database: every write is conditional, and Flyway migrates
 * under a lock.
 *
 * <pre>{@code
 * try (PostgresStores stores = PostgresStores.connect("postgresql://cognito:secret@db.internal/cognito")) {
 *   UserPoolService service = UserPoolService.builder().pools(stores.userPools()) ... .build();
 * }
 * }</pre>
 */
public final class PostgresStores implements AutoCloseable {

  /** How long a caller waits for a connection before the operation fails (InternalErrorException). */
  public static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

  /** Connections per process: each holds a server backend, so N processes hold N times this many. */
  public static final int POOL_SIZE = 10;

  private final DataSource dataSource;
  private final HikariDataSource owned;
  private final PostgresUserPools userPools;
  private final PostgresGroups groups;
  private final PostgresTokenFamilies tokenFamilies;
  private final PostgresWebAuthnCredentials webAuthnCredentials;
  private final PostgresDevices devices;
  private final PostgresSigningKeys signingKeys;
  private final PostgresMailroom mailroom;
  private final PostgresClockOffset clockOffset;
  private final PostgresAuthorizationCodes authorizationCodes;
  private final PostgresHostedSessions hostedSessions;

  private PostgresStores(DataSource dataSource, HikariDataSource owned) {
    this.dataSource = dataSource;
    this.owned = owned;
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:dev/userpool/postgres/migration")
        .javaMigrations(new UserSearchBackfill())
        .load()
        .migrate();
    Database db = new Database(dataSource);
    this.userPools = new PostgresUserPools(db);
    this.groups = new PostgresGroups(db);
    this.tokenFamilies = new PostgresTokenFamilies(db);
    this.webAuthnCredentials = new PostgresWebAuthnCredentials(db);
    this.devices = new PostgresDevices(db);
    this.signingKeys = new PostgresSigningKeys(db);
    this.mailroom = new PostgresMailroom(db);
    this.clockOffset = new PostgresClockOffset(db);
    this.authorizationCodes = new PostgresAuthorizationCodes(db);
    this.hostedSessions = new PostgresHostedSessions(db);
  }

  /**
   * Connects to {@code url}, migrates the schema and returns the stores; {@link #close()} closes the
   * connections. The URL is a JDBC URL ({@code jdbc:postgresql://host:5432/db?user=u&password=p}) or a
   * libpq-style URI ({@code postgresql://u:p@host:5432/db?sslmode=require}, {@code postgres://} too),
   * whose parameters are passed to the driver.
   *
   * @throws NullPointerException if {@code url} is null
   * @throws IllegalArgumentException if {@code url} is neither form
   * @throws RuntimeException if the database cannot be reached or migrated
   */
  public static PostgresStores connect(String url) {
    JdbcUrl jdbc = JdbcUrl.parse(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbc.url());
    jdbc.user().forEach(config::setUsername);
    jdbc.password().forEach(config::setPassword);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    config.setPoolName("userpool");
    HikariDataSource ds = new HikariDataSource(config);
    try {
      return new PostgresStores(ds, ds);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  /**
   * The stores on a data source the caller owns (and closes); the schema is migrated first.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static PostgresStores on(DataSource dataSource) {
    return new PostgresStores(Objects.requireNonNull(dataSource, "dataSource is null"), null);
  }

  /** The pools, and through {@link UserPools#users} each pool's users. */
  public UserPools userPools() {
    return userPools;
  }

  /** The groups and memberships of every pool. */
  public Groups groups() {
    return groups;
  }

  /** The token registry: every sign-in's family and its revocation, shared by every process on the database. */
  public TokenFamilies tokenFamilies() {
    return tokenFamilies;
  }

  /** Every user's tracked devices. */
  public Devices devices() {
    return devices;
  }

  /** Every user's passkeys and open passkey ceremonies. */
  public WebAuthnCredentials webAuthnCredentials() {
    return webAuthnCredentials;
  }

  /**
   * The token-signing keys, shared by every process on the database: hand them to
   * {@code RsaTokenSigner.stored(signingKeys(), clock, protection)} so every node signs with the same keys.
   */
  public SigningKeys signingKeys() {
    return signingKeys;
  }

  /** The test control's mailbox (codes and temporary passwords sent), shared by every process on the database. */
  public Mailroom mailroom() {
    return mailroom;
  }

  /** The test control's clock offset (AdvanceClock), shared by every process on the database. */
  public ClockOffset clockOffset() {
    return clockOffset;
  }

  /** The authorization codes the authorize endpoint issued, each taken (redeemed) once through any process on the database. */
  public AuthorizationCodes authorizationCodes() {
    return authorizationCodes;
  }

  /** The hosted pages' sign-in sessions, recognised by every process on the database. */
  public HostedSessions hostedSessions() {
    return hostedSessions;
  }

  /** The data source the stores use. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Closes the connections this object opened (none when built {@link #on} a data source). */
  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }

  /** A JDBC URL and the credentials a libpq-style URI carried. */
  record JdbcUrl(String url, Option<String> user, Option<String> password) {

    static JdbcUrl parse(String url) {
      Objects.requireNonNull(url, "url is null");
      if (url.startsWith("jdbc:postgresql:")) {
        return new JdbcUrl(url, Option.none(), Option.none());
      }
      if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
        throw new IllegalArgumentException("not a PostgreSQL URL (jdbc:postgresql://... or postgresql://...)");
      }
      String rest = url.substring(url.indexOf("://") + 3);
      int slash = rest.indexOf('/');
      int query = rest.indexOf('?');
      int authorityEnd = slash >= 0 ? slash : query >= 0 ? query : rest.length();
      String authority = rest.substring(0, authorityEnd);
      String tail = rest.substring(authorityEnd);
      int at = authority.lastIndexOf('@');
      Option<String> user = Option.none();
      Option<String> password = Option.none();
      if (at >= 0) {
        String credentials = authority.substring(0, at);
        authority = authority.substring(at + 1);
        int colon = credentials.indexOf(':');
        user = Option.some(decode(colon >= 0 ? credentials.substring(0, colon) : credentials));
        if (colon >= 0) {
          password = Option.some(decode(credentials.substring(colon + 1)));
        }
      }
      if (authority.isEmpty()) {
        authority = "localhost";
      }
      // Validates what is left (host, port, path and query) as a URI would.
      URI.create("postgresql://" + authority + tail);
      return new JdbcUrl("jdbc:postgresql://" + authority + (tail.isEmpty() || tail.startsWith("?") ? "/" + tail : tail), user, password);
    }

    private static String decode(String s) {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "JdbcUrl[" + url.replaceAll("password=[^&]*", "password=***") + "]";
    }
  }
}
