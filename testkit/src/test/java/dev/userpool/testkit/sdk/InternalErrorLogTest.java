package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;

/**
 * Issue 28, defect 5: a port that throws (the database down) answers InternalErrorException and writes one log line
 * naming the operation, the exception's class and the request id the caller got, and nothing the request carried.
 */
class InternalErrorLogTest {

  static final String SECRET = "Hunter2-Secret!";

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final Logger logger = Logger.getLogger(InternalErrors.LOGGER);

  @BeforeEach
  void capture() {
    logger.addHandler(capture);
  }

  @AfterEach
  void release() {
    logger.removeHandler(capture);
  }

  private String line(LogRecord record) {
    return new SimpleFormatter().formatMessage(record);
  }

  @Test
  void shouldLogOneLineWithOperationClassAndRequestIdButNoSecret() {
    FailingPools pools = new FailingPools(SECRET);
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.builder().store(pools).build());
    String pool = client.createUserPool(r -> r.poolName("down")).userPool().id();
    pools.down = true;

    InternalErrorException e = catchThrowableOfType(InternalErrorException.class,
        () -> client.adminSetUserPassword(r -> r.userPoolId(pool).username("jane").password(SECRET).permanent(true)));

    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(line(records.get(0))).contains("AdminSetUserPassword").contains("request " + e.requestId())
        .contains(IllegalStateException.class.getName()).contains("java.sql.SQLTransientConnectionException")
        .doesNotContain(SECRET).doesNotContain("password=").doesNotContain("jane");
  }

  @Test
  void shouldLogNothingForCognitosOwnErrors() {
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());

    catchThrowableOfType(Exception.class, () -> client.describeUserPool(r -> r.userPoolId("us-east-1_missing")));

    assertThat(records).isEmpty();
  }
}
