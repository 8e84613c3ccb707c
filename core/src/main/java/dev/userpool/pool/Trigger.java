package dev.userpool.pool;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The Lambda triggers of a pool, named as {@code LambdaConfigType}'s members (AWS API model); the name is also the
 * one Cognito's errors give ({@code PreSignUp failed with error ...}). {@link #implemented()} says whether the
 * library runs it; a pool's LambdaConfig naming one it does not is refused, never ignored.
 */
public enum Trigger {
  /** Before a user is created by SignUp or AdminCreateUser. */
  PRE_SIGN_UP("PreSignUp", true),
  /** After a user is confirmed, or a forgotten password replaced. */
  POST_CONFIRMATION("PostConfirmation", true),
  /** Before a sign-in is decided. */
  PRE_AUTHENTICATION("PreAuthentication", true),
  /** After a sign-in succeeded, before tokens are issued. */
  POST_AUTHENTICATION("PostAuthentication", true),
  /** Before tokens are signed: claims to add, override or suppress. */
  PRE_TOKEN_GENERATION("PreTokenGeneration", true),
  /** Before a code or temporary password is sent: the message's words. */
  CUSTOM_MESSAGE("CustomMessage", true),
  /** A sign-in or forgotten password of a user the pool does not have. */
  USER_MIGRATION("UserMigration", true),
  /** CUSTOM_AUTH: which challenge next, or tokens, or failure. */
  DEFINE_AUTH_CHALLENGE("DefineAuthChallenge", true),
  /** CUSTOM_AUTH: the challenge's parameters and its answer. */
  CREATE_AUTH_CHALLENGE("CreateAuthChallenge", true),
  /** CUSTOM_AUTH: whether the answer is right. */
  VERIFY_AUTH_CHALLENGE_RESPONSE("VerifyAuthChallengeResponse", true);

  /**
   * How long Cognito waits for a function: "your Lambda function must respond within 5 seconds ... This 5-second
   * timeout value cannot be changed" (AWS developer guide, "Customizing user pool workflows with Lambda triggers",
   * Important considerations; awsdocs/amazon-cognito-developer-guide). Adapters that invoke functions apply it.
   */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  private final String memberName;
  private final boolean implemented;

  Trigger(String memberName, boolean implemented) {
    this.memberName = memberName;
    this.implemented = implemented;
  }

  /** The {@code LambdaConfigType} member and the name in Cognito's error messages, for example {@code PreSignUp}. */
  public String memberName() {
    return memberName;
  }

  /** Whether the library runs this trigger. */
  public boolean implemented() {
    return implemented;
  }

  /** The trigger a LambdaConfig member names, if any. */
  public static Option<Trigger> ofMember(String name) {
    return List.of(values()).find(t -> t.memberName.equals(name));
  }
}
