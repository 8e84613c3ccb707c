package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.trigger.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code answerOnIoThreads}: requests are answered by the I/O thread that read them (no worker runs) only when asked
 * and when nothing an answer calls can wait; otherwise, and by default, the workers answer.
 */
class IoThreadAnswersTest {

  @Test
  @Timeout(60)
  void shouldAnswerConcurrentClientsOnTheIoThreadsWithoutAWorker() throws Exception {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().answerOnIoThreads(true))) {
      assertThat(endpoint.answersOnIoThread()).isTrue();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> created = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
          int client = c;
          created.add(clients.submit(() -> {
            int ok = 0;
            for (int i = 0; i < 25; i++) {
              ok += Wire.cognito(endpoint.uri(), "CreateUserPool", "{\"PoolName\":\"p" + client + "-" + i + "\"}").status() == 200 ? 1 : 0;
            }
            return ok;
          }));
        }
        int ok = 0;
        for (Future<Integer> f : created) {
          ok += f.get();
        }

        assertThat(ok).isEqualTo(100);
        assertThat(Wire.cognito(endpoint.uri(), "ListUserPools", "{\"MaxResults\":60}").json().get("UserPools").size()).isEqualTo(60);
        assertThat(endpoint.workers().getCompletedTaskCount()).isZero();
      } finally {
        clients.shutdownNow();
      }
    }
  }

  @Test
  @Timeout(60)
  void shouldHandRequestsToTheWorkersWhileATriggerHandlerIsRegistered() throws Exception {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().answerOnIoThreads(true))) {
      endpoint.cognito().functions().register("arn:aws:lambda:us-east-1:123456789012:function:f", event -> Json.Obj.empty());

      assertThat(endpoint.answersOnIoThread()).isFalse();
      assertThat(Wire.cognito(endpoint.uri(), "ListUserPools", "{\"MaxResults\":1}").status()).isEqualTo(200);
      for (int i = 0; i < 500 && endpoint.workers().getCompletedTaskCount() == 0; i++) {
        Thread.sleep(10); // the worker counts its task just after the answer leaves
      }
      assertThat(endpoint.workers().getCompletedTaskCount()).isPositive();
    }
  }

  @Test
  void shouldUseTheWorkersByDefaultForAGivenClientAndForACognitoThatMayWait() throws Exception {
    try (LocalEndpoint byDefault = Wire.start(LocalEndpoint.builder());
        LocalEndpoint sharedMail = Wire.start(LocalEndpoint.builder().answerOnIoThreads(true)
            .cognito(InProcessCognito.builder().mailroom(new RecordingMailbox()).build()))) {
      assertThat(byDefault.answersOnIoThread()).isFalse();
      assertThat(sharedMail.cognito().waitsForNothing()).isFalse();
      assertThat(sharedMail.answersOnIoThread()).isFalse();
      assertThat(InProcessCognito.create().waitsForNothing()).isTrue();
    }
  }
}
