package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.userpool.error.CognitoError;
import dev.userpool.pool.LambdaConfig;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;

/**
 * A pool's {@code "lambdaConfig"} in the init file: CreateUserPool's {@code LambdaConfig} in the file's spelling
 * ({@code {"preSignUp": "arn:aws:lambda:...", "customMessage": "...", "userMigration": "...",
 * "preTokenGenerationConfig": {"lambdaArn": "...", "lambdaVersion": "V2_0"}}}). Shapes are checked here; the rules are
 * CreateUserPool's ({@link LambdaConfig#parse}, the tier's say), so a member naming a trigger the library does not run
 * is refused by name, as over the API.
 */
final class InitFileLambda {

  static final String LAMBDA_CONFIG = "lambdaConfig";
  private static final String PRE_TOKEN_CONFIG = "preTokenGenerationConfig";
  private static final Set<String> MEMBERS = Set.of("preSignUp", "customMessage", "postConfirmation", "preAuthentication",
      "postAuthentication", "defineAuthChallenge", "createAuthChallenge", "verifyAuthChallengeResponse", "preTokenGeneration",
      "userMigration", "customSMSSender", "customEmailSender", "kmsKeyID", PRE_TOKEN_CONFIG);
  private static final Set<String> PRE_TOKEN = Set.of("lambdaArn", "lambdaVersion");

  private InitFileLambda() {}

  /** The problems of a pool's {@code "lambdaConfig"}, reported as the rest of the file's. */
  static void check(JsonNode pool, String path, List<InitFile.Problem> problems) {
    JsonNode config = pool.path(LAMBDA_CONFIG);
    if (config.isMissingNode()) {
      return;
    }
    String at = path + "." + LAMBDA_CONFIG;
    if (!config.isObject()) {
      problems.add(new InitFile.Problem(at, "must be an object"));
      return;
    }
    InitFile.members(config, at, MEMBERS, problems);
    config.fieldNames().forEachRemaining(name -> {
      if (!name.equals(PRE_TOKEN_CONFIG)) {
        InitFile.type(config, at, name, JsonNode::isTextual, "a string", problems);
      }
    });
    JsonNode preToken = config.path(PRE_TOKEN_CONFIG);
    if (!preToken.isMissingNode()) {
      if (!preToken.isObject()) {
        problems.add(new InitFile.Problem(at + "." + PRE_TOKEN_CONFIG, "must be an object"));
      } else {
        InitFile.members(preToken, at + "." + PRE_TOKEN_CONFIG, PRE_TOKEN, problems);
        PRE_TOKEN.forEach(n -> InitFile.type(preToken, at + "." + PRE_TOKEN_CONFIG, n, JsonNode::isTextual, "a string", problems));
      }
    }
  }

  /** The pool's LambdaConfig, parsed as CreateUserPool's; none when the pool has no {@code "lambdaConfig"}. */
  static Option<Either<CognitoError, LambdaConfig>> lambdaConfig(JsonNode pool) {
    JsonNode config = pool.path(LAMBDA_CONFIG);
    if (!config.isObject()) {
      return Option.none();
    }
    Map<String, String> members = LinkedHashMap.empty();
    for (String name : (Iterable<String>) config::fieldNames) {
      if (!name.equals(PRE_TOKEN_CONFIG)) {
        members = members.put(memberName(name), config.get(name).asText());
      }
    }
    JsonNode preToken = config.path(PRE_TOKEN_CONFIG);
    return Option.some(LambdaConfig.parse(members, text(preToken, "lambdaVersion"), text(preToken, "lambdaArn"), preToken.isObject()));
  }

  /** The API's name of a member in the file's spelling: {@code preSignUp} is {@code PreSignUp}, {@code kmsKeyID} is {@code KMSKeyID}. */
  static String memberName(String fileName) {
    return fileName.equals("kmsKeyID") ? "KMSKeyID" : Character.toUpperCase(fileName.charAt(0)) + fileName.substring(1);
  }

  private static Option<String> text(JsonNode node, String member) {
    return Option.of(node.get(member)).filter(JsonNode::isTextual).map(JsonNode::asText);
  }
}
