package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;

/**
 * Issue 28, defect 5: a port that throws (the database down) answers InternalErrorException and writes one log line
 * naming the operation, the exception's class and the request id the caller got, and nothing the request carried.
 */
class InternalErrorLogTest {

  static final String SECRET = "Hunter2-Secret!";

  private final LogCapture log = LogCapture.ofTheClient();

  @AfterEach
  void release() {
    log.close();
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
    assertThat(log.records()).hasSize(1);
    assertThat(log.records().get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(LogCapture.line(log.records().get(0))).contains("AdminSetUserPassword").contains("request " + e.requestId())
        .contains(IllegalStateException.class.getName()).contains("java.sql.SQLTransientConnectionException")
        .doesNotContain(SECRET).doesNotContain("password=").doesNotContain("jane");
  }

  @Test
  void shouldLogNothingForCognitosOwnErrors() {
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());

    catchThrowableOfType(Exception.class, () -> client.describeUserPool(r -> r.userPoolId("us-east-1_missing")));

    assertThat(log.records()).isEmpty();
  }
}
