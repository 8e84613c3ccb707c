package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The root README's test-control commands work as written against a fresh endpoint with seed 0, as README runs it. */
class ReadmeTestControlTest {

  private static final Pattern CURL = Pattern
      .compile("^curl -s -H 'X-Amz-Target: UserpoolTestControl\\.(\\w+)' -d '([^']*)' http://127\\.0\\.0\\.1:9229/$", Pattern.MULTILINE);

  @Test
  void readmesCurlCommandsAreAnsweredWithoutError() throws IOException {
    Path readme = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("README.md");
    Matcher curl = CURL.matcher(Files.readString(readme, StandardCharsets.UTF_8));
    List<String> operations = new ArrayList<>();
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().seed(0))) {
      String pool = Wire.cognito(endpoint.uri(), "CreateUserPool", "{\"PoolName\":\"demo\"}").json().path("UserPool").path("Id").asText();
      Wire.cognito(endpoint.uri(), "AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\"}");

      while (curl.find()) {
        operations.add(curl.group(1));
        Wire.Reply reply = Wire.control(endpoint.uri(), curl.group(1), curl.group(2));

        assertThat(reply.status()).as("README's %s: %s", curl.group(1), reply.body()).isEqualTo(200);
        assertThat(reply.json().properties()).as("README's %s answers something", curl.group(1)).isNotEmpty();
      }
    }
    assertThat(operations).containsExactly("AdvanceClock", "LastTemporaryPassword");
  }
}
