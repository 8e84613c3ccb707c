package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.ErrorCode;
import dev.userpool.error.Operation;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;

/**
 * The root README's table of supported operations is rendered from the code: every operation
 * {@link InProcessCognitoClient} implements, with the errors {@link Operation} says it may return, so a user knows before trying. With
 * {@code -Ddocs.update=true} the table is rewritten in place.
 */
class ReadmeOperationsTest {

  static final String BEGIN = "<!-- operations:begin (generated from Operation by ReadmeOperationsTest) -->\n";
  static final String END = "<!-- operations:end -->";

  /**
   * The operations {@link InProcessCognitoClient} implements (it or a superclass of it overrides them, up to the one that
   * throws for every operation, the lowest that implements the SDK interface), by wire name, sorted.
   */
  static SortedSet<String> implemented() {
    SortedSet<String> names = new TreeSet<>();
    for (Class<?> c = InProcessCognitoClient.class; CognitoIdentityProviderClient.class
        .isAssignableFrom(c.getSuperclass()); c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isBridge() && m.getParameterCount() == 1
            && CognitoIdentityProviderRequest.class.isAssignableFrom(m.getParameterTypes()[0])) {
          names.add(Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1));
        }
      }
    }
    return names;
  }

  static String table() {
    StringBuilder md = new StringBuilder(
        "| operation | errors it may return (besides TooManyRequestsException and InternalErrorException) |\n|---|---|\n");
    for (String name : implemented()) {
      String errors = Arrays.stream(Operation.values()).filter(op -> op.cognitoName().equals(name)).findFirst()
          .map(op -> op.errorCodes().filter(c -> !Operation.ALWAYS_POSSIBLE_CODES.contains(c)).map(ErrorCode::wireName).toSortedSet()
              .mkString(", "))
          .orElse(name.startsWith("Admin")
              ? "InvalidParameterException, ResourceNotFoundException, UserNotFoundException (as AdminGetUser)"
              : "InvalidParameterException, NotAuthorizedException (the access token)");
      md.append("| ").append(name).append(" | ").append(errors).append(" |\n");
    }
    return md.toString();
  }

  @Test
  void theReadmeListsEverySupportedOperation() throws IOException {
    Path readme = DocsGenerationTest.moduleDir().getParent().resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as("README.md holds the marker %s", BEGIN.strip()).isNotNegative();
    assertThat(end).as("README.md holds the marker %s", END).isGreaterThan(begin);
    String expected = text.substring(0, begin + BEGIN.length()) + table() + text.substring(end);
    if (DocsGenerationTest.updating() && !text.equals(expected)) {
      Files.writeString(readme, expected, StandardCharsets.UTF_8);
      text = expected;
    }
    assertThat(text).as("README.md's operations table is stale; run " + DocsGenerationTest.QUICK_UPDATE_COMMAND
        .replace("DocsGenerationTest", "ReadmeOperationsTest")).isEqualTo(expected);
  }
}
