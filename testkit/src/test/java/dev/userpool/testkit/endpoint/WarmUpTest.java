package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void shouldAnswerEveryRoundItIsGivenTime() throws IOException {
    WarmUp.Done done = WarmUp.run(11, 3, 5, Duration.ofMinutes(1));

    assertThat(done.overLoopback()).isEqualTo(12);
    assertThat(done.inProcess()).isEqualTo(20);
  }

  @Test
  void shouldStopAtTheLimit() throws IOException {
    WarmUp.Done done = WarmUp.run(11, 1000, 1000, Duration.ZERO);

    assertThat(done.overLoopback()).isZero();
    assertThat(done.inProcess()).isZero();
  }

  @Test
  void shouldGiveWayWhileTheServedEndpointIsBusyAndStopWhenItCloses() throws IOException {
    WarmUp.Done busy = WarmUp.run(11, 1000, 1000, Duration.ofMillis(200), new WarmUp.Served(() -> true, () -> false));
    WarmUp.Done closed = WarmUp.run(11, 1000, 1000, Duration.ofSeconds(30), new WarmUp.Served(() -> false, () -> true));

    assertThat(busy.overLoopback() + busy.inProcess()).as("always busy: no request of its own").isZero();
    assertThat(closed.overLoopback() + closed.inProcess()).as("closed: stops at once").isZero();
  }

  @Test
  void shouldLeaveNoTraceInTheCognitoTheJarServes() throws Exception {
    List<String> warm = firstAnswers("--port", "0", "--seed", "9", "--clock", "fixed");
    List<String> cold = firstAnswers("--port", "0", "--seed", "9", "--clock", "fixed", "--no-warmup");

    assertThat(warm).isEqualTo(cold);
  }

  @Test
  void shouldWarmUpUnlessToldNotTo() {
    assertThat(Main.Settings.parse(new String[0]).warmup).isTrue();
    assertThat(Main.Settings.parse(new String[]{ "--port", "0", "--no-warmup" }).warmup).isFalse();
    assertThat(Main.USAGE).contains("--no-warmup");
  }

  /** What a fresh jar shows first: no pool, no event; then its first answers with their request ids. */
  private static List<String> firstAnswers(String... args) throws Exception {
    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(args), new PrintStream(OutputStream.nullOutputStream()))) {
      InProcessCognito cognito = endpoint.cognito();
      assertThat(cognito.events()).isEmpty();
      List<String> answers = new ArrayList<>();
      for (String[] call : new String[][]{ { "ListUserPools", "{\"MaxResults\": 60}" }, { "CreateUserPool", "{\"PoolName\": \"app\"}" },
          { "DescribeUserPool", "{\"UserPoolId\": \"us-east-1_missing\"}" } }) {
        Wire.Reply reply = Wire.cognito(endpoint.uri(), call[0], call[1]);
        answers.add(reply.body());
        answers.add(reply.header("x-amzn-RequestId"));
      }
      assertThat(answers.get(0)).isEqualTo("{\"UserPools\":[]}");
      return answers;
    }
  }
}
