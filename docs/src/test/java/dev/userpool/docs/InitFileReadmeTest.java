package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.service.Requests;
import dev.userpool.testkit.endpoint.InitFile;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.UserStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The root README's example init file loads as shown, and configures what the README says it does. */
class InitFileReadmeTest {

  private static final Pattern EXAMPLE = Pattern.compile("<!-- init-file-example -->\\s*```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theReadmesInitFileExampleLoads() throws IOException {
    String readme = Files.readString(DocsGenerationTest.moduleDir().getParent().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = EXAMPLE.matcher(readme);
    assertThat(m.find()).as("README.md shows an init file after <!-- init-file-example -->").isTrue();
    InProcessCognito cognito = InProcessCognito.create();

    InitFile.Applied applied = InitFile.parse(m.group(1)).get().applyTo(cognito).get();

    assertThat(applied).isEqualTo(new InitFile.Applied(1, 1, 3));
    assertThat(cognito.service().adminGetUser(new Requests.AdminGetUser("us-east-1_Example1", "newhire")).get().status())
        .isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    assertThat(cognito.service().adminGetUser(new Requests.AdminGetUser("us-east-1_Example1", "leaver")).get().enabled()).isFalse();
    assertThat(cognito.service().signIns().initiateAuth(new Requests.InitiateAuth("example1webclient", "USER_PASSWORD_AUTH",
        Map.of("USERNAME", "jane@example.com", "PASSWORD", "BlueHarbor42"))).isRight()).isTrue();
  }
}
