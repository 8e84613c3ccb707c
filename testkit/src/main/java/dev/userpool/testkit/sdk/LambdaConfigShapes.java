package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.LambdaConfig;
import dev.userpool.pool.Trigger;
import dev.userpool.pool.UserPool;
import dev.userpool.service.TriggerInput;
import io.vavr.Tuple2;
import java.util.List;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * {@code LambdaConfigType} to and from the pool's {@link LambdaConfig}: every member the request gives is read (the
 * custom senders and KMSKeyID too, so that {@link LambdaConfig#parse} refuses them by name rather than the library
 * dropping them), and DescribeUserPool echoes the configured ones.
 */
final class LambdaConfigShapes {

  private LambdaConfigShapes() {}

  /** The request's LambdaConfig, checked; none given is no trigger. */
  static Either<CognitoError, LambdaConfig> parse(LambdaConfigType given) {
    if (given == null) {
      return Either.right(LambdaConfig.none());
    }
    Map<String, String> members = LinkedHashMap.<String, String>empty()
        .put("PreSignUp", given.preSignUp())
        .put("CustomMessage", given.customMessage())
        .put("PostConfirmation", given.postConfirmation())
        .put("PreAuthentication", given.preAuthentication())
        .put("PostAuthentication", given.postAuthentication())
        .put("DefineAuthChallenge", given.defineAuthChallenge())
        .put("CreateAuthChallenge", given.createAuthChallenge())
        .put("VerifyAuthChallengeResponse", given.verifyAuthChallengeResponse())
        .put("PreTokenGeneration", given.preTokenGeneration())
        .put("UserMigration", given.userMigration())
        .put("CustomSMSSender", given.customSMSSender() == null ? null : String.valueOf(given.customSMSSender().lambdaArn()))
        .put("CustomEmailSender", given.customEmailSender() == null ? null : String.valueOf(given.customEmailSender().lambdaArn()))
        .put("KMSKeyID", given.kmsKeyID());
    PreTokenGenerationVersionConfigType config = given.preTokenGenerationConfig();
    return LambdaConfig.parse(members, Option.of(config).flatMap(c -> Option.of(c.lambdaVersionAsString())),
        Option.of(config).flatMap(c -> Option.of(c.lambdaArn())), config != null);
  }

  /** SignUp's ValidationData and ClientMetadata, for its triggers. */
  static TriggerInput input(SignUpRequest r) {
    LinkedHashMap<String, String> validation = LinkedHashMap.empty();
    for (AttributeType a : r.hasValidationData() ? r.validationData() : List.<AttributeType>of()) {
      validation = a.name() == null || a.value() == null ? validation : validation.put(a.name(), a.value());
    }
    return new TriggerInput(validation, r.hasClientMetadata() ? LinkedHashMap.ofAll(r.clientMetadata()) : LinkedHashMap.empty());
  }

  /** {@code pool}'s description with its LambdaConfig, when it has one. */
  static UserPoolType withLambdaConfig(UserPoolType described, UserPool pool) {
    LambdaConfig config = pool.lambdaConfig();
    if (config.isEmpty()) {
      return described;
    }
    LambdaConfigType.Builder b = LambdaConfigType.builder();
    for (Tuple2<Trigger, String> f : config.functions()) {
      set(b, f._1, f._2);
    }
    config.function(Trigger.PRE_TOKEN_GENERATION).forEach(arn -> b.preTokenGenerationConfig(PreTokenGenerationVersionConfigType.builder()
        .lambdaArn(arn).lambdaVersion(config.preTokenGenerationVersion().name()).build()));
    return described.toBuilder().lambdaConfig(b.build()).build();
  }

  private static void set(LambdaConfigType.Builder b, Trigger trigger, String arn) {
    switch (trigger) {
      case PRE_SIGN_UP -> b.preSignUp(arn);
      case POST_CONFIRMATION -> b.postConfirmation(arn);
      case PRE_AUTHENTICATION -> b.preAuthentication(arn);
      case POST_AUTHENTICATION -> b.postAuthentication(arn);
      case PRE_TOKEN_GENERATION -> b.preTokenGeneration(arn);
      case CUSTOM_MESSAGE -> b.customMessage(arn);
      case USER_MIGRATION -> b.userMigration(arn);
      case DEFINE_AUTH_CHALLENGE -> b.defineAuthChallenge(arn);
      case CREATE_AUTH_CHALLENGE -> b.createAuthChallenge(arn);
      case VERIFY_AUTH_CHALLENGE_RESPONSE -> b.verifyAuthChallengeResponse(arn);
    }
  }

}
