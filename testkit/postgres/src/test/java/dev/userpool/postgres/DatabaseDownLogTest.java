package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;

/**
 * Issue 28, defect 5: with the database unreachable, an operation answers InternalErrorException and the log gets one
 * line naming the operation, DatabaseFailure and the request id the caller got (the probe saw 64 such answers and no
 * line).
 */
class DatabaseDownLogTest {

  @Test
  void shouldLogEveryInternalErrorOfADatabaseOutage() {
    AtomicBoolean down = new AtomicBoolean();
    PostgresStores stores = PostgresStores.on(new Intercepting(TestDatabase.stores().dataSource(), (c, method) -> {
      if (down.get()) {
        throw new SQLTransientConnectionException("Connection is not available, request timed out", "08001");
      }
    }));
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.builder().store(stores.userPools()).build());
    String pool = client.createUserPool(r -> r.poolName("outage")).userPool().id();
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(InProcessCognitoClient.class.getName());
    logger.setFilter(record -> !records.add(record)); // kept here, not printed
    try {
      down.set(true);
      InternalErrorException first = catchThrowableOfType(InternalErrorException.class,
          () -> client.describeUserPool(r -> r.userPoolId(pool)));
      InternalErrorException second = catchThrowableOfType(InternalErrorException.class,
          () -> client.adminGetUser(r -> r.userPoolId(pool).username("jane")));

      assertThat(records).hasSize(2);
      assertThat(new SimpleFormatter().formatMessage(records.get(0))).contains("DescribeUserPool")
          .contains("request " + first.requestId()).contains(DatabaseFailure.class.getName())
          .contains(SQLTransientConnectionException.class.getName());
      assertThat(new SimpleFormatter().formatMessage(records.get(1))).contains("AdminGetUser").contains("request " + second.requestId())
          .doesNotContain("jane");
    } finally {
      down.set(false);
      logger.setFilter(null);
    }
  }
}
