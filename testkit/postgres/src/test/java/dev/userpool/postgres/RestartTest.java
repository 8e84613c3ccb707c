package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The database stops under a running service and starts again; then the service stops and a new one
 * starts on the same database. Calls while it is down are InternalErrorException and change nothing;
 * afterwards pools, users, passwords and history are all there. Its own embedded server, on a data
 * directory and port that outlive a stop.
 */
class RestartTest {

  @Test
  void shouldKeepPoolsUsersPasswordsAndHistoryAcrossARestartAndFailCleanlyWhileTheDatabaseIsDown() throws IOException {
    Path data = Files.createTempDirectory("userpool-restart");
    int port = freePort();
    EmbeddedPostgres server = EmbeddedServer.start(data, port);
    String url = server.getJdbcUrl("postgres", "postgres");
    Services.PoolAndClient ids;
    try (PostgresStores stores = PostgresStores.connect(url)) {
      UserPoolService service = Services.on(stores.userPools());
      ids = Services.poolWithClient(service, "restart", 3);
      Services.ok(Services.create(service, ids.pool(), "jane", "Temporary1x"));
      Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent1x", true));
      Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent2x", true));

      server.close();
      Either<CognitoError, ?> whileDown = Services.setPassword(service, ids.pool(), "jane", "Permanent3x", true);
      assertThat(whileDown.getLeft()).isInstanceOf(CognitoError.InternalError.class);
      assertThat(Services.signIn(service, ids.pool(), ids.client(), "jane", "Permanent2x").getLeft())
          .isInstanceOf(CognitoError.InternalError.class);

      server = EmbeddedServer.start(data, port);
      assertThat(firstAnswer(() -> Services.signIn(service, ids.pool(), ids.client(), "jane", "Permanent2x")))
          .as("the same service serves again once the database is back").isInstanceOf(Results.Authenticated.class);
      assertThat(Services.signIn(service, ids.pool(), ids.client(), "jane", "Permanent3x").getLeft())
          .as("the password set while the database was down was not stored").isInstanceOf(CognitoError.NotAuthorized.class);
    }
    server.close();

    server = EmbeddedServer.start(data, port);
    try (PostgresStores stores = PostgresStores.connect(url)) {
      UserPoolService restarted = Services.on(stores.userPools());

      assertThat(restarted.poolConfiguration().describeUserPool(new Requests.DescribeUserPool(ids.pool())).get().pool().name())
          .isEqualTo("restart");
      assertThat(stores.userPools().findByClient(new ClientId(ids.client())).map(p -> p.id()))
          .contains(new UserPoolId(ids.pool()));
      assertThat(restarted.adminGetUser(new Requests.AdminGetUser(ids.pool(), "jane")).get().status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(Services.signIn(restarted, ids.pool(), ids.client(), "jane", "Permanent2x").get())
          .isInstanceOf(Results.Authenticated.class);
      assertThat(Services.signIn(restarted, ids.pool(), ids.client(), "jane", "Permanent1x").getLeft())
          .isInstanceOf(CognitoError.NotAuthorized.class);
      assertThat(Services.setPassword(restarted, ids.pool(), "jane", "Temporary1x", true).getLeft())
          .as("the history still holds all three passwords").isInstanceOf(CognitoError.PasswordHistoryPolicyViolation.class);
      assertThat(Services.setPassword(restarted, ids.pool(), "jane", "Permanent1x", true).getLeft())
          .isInstanceOf(CognitoError.PasswordHistoryPolicyViolation.class);
      Services.ok(Services.setPassword(restarted, ids.pool(), "jane", "Permanent4x", false));
    } finally {
      server.close();
    }
  }

  /**
   * The first answer that is not InternalErrorException, asking up to 12 times: each of the pool's 10
   * connections broken by the outage may fail one call, and the pool may still be backing off.
   */
  private static Object firstAnswer(Supplier<Either<CognitoError, ?>> call) {
    Either<CognitoError, ?> answer = call.get();
    for (int i = 1; i < 12 && answer.isLeft() && answer.getLeft() instanceof CognitoError.InternalError; i++) {
      answer = call.get();
    }
    return Services.ok(answer);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
