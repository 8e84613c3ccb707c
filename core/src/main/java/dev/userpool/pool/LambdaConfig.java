package dev.userpool.pool;

import dev.userpool.error.CognitoError;
import dev.userpool.error.LambdaConfigRefused;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pool's {@code LambdaConfig}: the function each trigger invokes, and the pre token generation event's version
 * ({@code PreTokenGenerationConfig.LambdaVersion}; {@code V1_0} unless set). {@link #parse} takes CreateUserPool's or
 * UpdateUserPool's members and refuses, by name, those naming triggers the library does not run.
 *
 * @param functions the function ARN of each configured trigger
 * @param preTokenGenerationVersion the pre token generation event's version
 */
public record LambdaConfig(Map<Trigger, String> functions, PreTokenGenerationVersion preTokenGenerationVersion) {

  /** {@code ArnType}'s pattern (AWS API model). */
  public static final Pattern ARN = Pattern
      .compile("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$");

  /** LambdaConfig members that name no trigger of {@link Trigger} and that the library does not take. */
  public static final Seq<String> OTHER_MEMBERS = List.of("CustomSMSSender", "CustomEmailSender", "KMSKeyID");

  /** The feature a LITE pool cannot have: PreTokenGenerationConfig V2_0 or V3_0 (the library's name for it). */
  public static final String ACCESS_TOKEN_CUSTOMIZATION = "Access Token Customization";

  /** {@code PreTokenGenerationLambdaVersionType}. V3_0 differs from V2_0 for client-credentials grants only. */
  public enum PreTokenGenerationVersion {
    /** The ID token only. */
    V1_0,
    /** ID and access tokens. */
    V2_0,
    /** As V2_0, and machine-to-machine access tokens. */
    V3_0;

    /** Whether the event and response are the second version's (access-token claims and scopes). */
    public boolean customizesAccessToken() {
      return this != V1_0;
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public LambdaConfig {
    Objects.requireNonNull(functions, "functions is null");
    Objects.requireNonNull(preTokenGenerationVersion, "preTokenGenerationVersion is null");
  }

  /** No triggers. */
  public static LambdaConfig none() {
    return new LambdaConfig(LinkedHashMap.empty(), PreTokenGenerationVersion.V1_0);
  }

  /** The function {@code trigger} invokes, if configured. */
  public Option<String> function(Trigger trigger) {
    return functions.get(trigger);
  }

  /** Whether no trigger is configured. */
  public boolean isEmpty() {
    return functions.isEmpty();
  }

  /**
   * LambdaConfig's members as a request gives them. Checks, in order: members naming triggers the library does not run
   * (all of them, in one message); each ARN's form; PreTokenGenerationConfig (both members, a known version, the same ARN
   * as PreTokenGeneration when both are given).
   *
   * @param members each member given, by its LambdaConfig name, with its ARN (the custom senders' and KMSKeyID's presence
   *        is enough: any value)
   * @param preTokenVersion {@code PreTokenGenerationConfig.LambdaVersion}, if the config is given
   * @param preTokenArn {@code PreTokenGenerationConfig.LambdaArn}, if the config is given
   * @param preTokenConfigGiven whether {@code PreTokenGenerationConfig} is given
   */
  public static Either<CognitoError, LambdaConfig> parse(Map<String, String> members, Option<String> preTokenVersion,
      Option<String> preTokenArn, boolean preTokenConfigGiven) {
    Map<String, String> given = members.filterValues(Objects::nonNull);
    Seq<String> refused = List.of(Trigger.values()).filter(t -> !t.implemented()).map(Trigger::memberName).appendAll(OTHER_MEMBERS)
        .filter(given::containsKey)
        .appendAll(given.keySet().filter(name -> Trigger.ofMember(name).isEmpty() && !OTHER_MEMBERS.contains(name)));
    if (!refused.isEmpty()) {
      return Either.left(new LambdaConfigRefused(LambdaConfigRefused.Reason.NOT_IMPLEMENTED, refused.mkString(", ")));
    }
    Option<String> badArn = given.find(m -> !ARN.matcher(m._2).matches()).map(m -> m._1)
        .orElse(() -> preTokenArn.filter(a -> !ARN.matcher(a).matches()).map(a -> "PreTokenGenerationConfig.LambdaArn"));
    if (badArn.isDefined()) {
      return Either.left(new LambdaConfigRefused(LambdaConfigRefused.Reason.INVALID_ARN, badArn.get()));
    }
    Map<Trigger, String> functions = given.map((name, arn) -> Tuple.of(Trigger.ofMember(name).get(), arn));
    if (!preTokenConfigGiven) {
      return Either.right(new LambdaConfig(functions, PreTokenGenerationVersion.V1_0));
    }
    if (preTokenArn.isEmpty() || preTokenVersion.isEmpty()) {
      return Either.left(new LambdaConfigRefused(LambdaConfigRefused.Reason.PRE_TOKEN_GENERATION_CONFIG,
          "LambdaArn and LambdaVersion are required"));
    }
    Option<PreTokenGenerationVersion> version = List.of(PreTokenGenerationVersion.values())
        .find(v -> v.name().equals(preTokenVersion.get()));
    if (version.isEmpty()) {
      return Either.left(new LambdaConfigRefused(LambdaConfigRefused.Reason.PRE_TOKEN_GENERATION_CONFIG,
          "LambdaVersion must be one of V1_0, V2_0, V3_0"));
    }
    if (functions.get(Trigger.PRE_TOKEN_GENERATION).exists(arn -> !arn.equals(preTokenArn.get()))) {
      return Either.left(new LambdaConfigRefused(LambdaConfigRefused.Reason.PRE_TOKEN_GENERATION_ARNS_DIFFER, ""));
    }
    return Either.right(new LambdaConfig(functions.put(Trigger.PRE_TOKEN_GENERATION, preTokenArn.get()), version.get()));
  }
}
