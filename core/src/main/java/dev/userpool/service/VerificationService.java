package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.Operation;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.user.Context;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.verification.AttributeVerification;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Attribute verification: GetUserAttributeVerificationCode and VerifyUserAttribute, by access token. Each checks, in
 * order: the members' shapes (all reported together); the access token and its user, as GetUser does; the
 * AttributeName ({@code Invalid attribute name. Only phone_number and email can be verified.}); then the rule in
 * {@link AttributeVerification}. The write goes through the user service's engine (conditional save, retried on a
 * conflict; a code is delivered only once the user is saved) inside the same {@link Guard}. What an attribute update
 * does to a contact is {@code ContactChanges}', run by UpdateUserAttributes and AdminUpdateUserAttributes.
 */
public final class VerificationService {

  private final WriteEngine engine;
  private final TokenService tokens;
  private final UserPools pools;
  private final Guard guard;

  /**
   * The operations over {@code service}'s pools and users, with {@code tokens}' access tokens.
   *
   * @throws NullPointerException if an argument is null
   */
  public VerificationService(UserPoolService service, TokenService tokens, UserPools pools, RateLimits rateLimits) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /** GetUserAttributeVerificationCode: a code to the email or phone number (or the value held for it); where it went. */
  public Either<CognitoError, Results.CodeSent> getUserAttributeVerificationCode(Requests.GetUserAttributeVerificationCode r) {
    return guard.run(Operation.GET_USER_ATTRIBUTE_VERIFICATION_CODE, () -> Commands.parse(r).flatMap(this::run));
  }

  /** GetUserAttributeVerificationCode, parsed. */
  public Either<CognitoError, Results.CodeSent> getUserAttributeVerificationCode(Commands.GetUserAttributeVerificationCode c) {
    return guard.run(Operation.GET_USER_ATTRIBUTE_VERIFICATION_CODE, () -> run(c));
  }

  private Either<CognitoError, Results.CodeSent> run(Commands.GetUserAttributeVerificationCode c) {
    return tokens.authorize(c.accessToken())
        .flatMap(owner -> AttributeVerification.verifiable(c.attributeName())
            .flatMap(contact -> write(Operation.GET_USER_ATTRIBUTE_VERIFICATION_CODE, owner,
                (user, ctx) -> AttributeVerification.getUserAttributeVerificationCode(user, contact, ctx),
                t -> new Results.CodeSent(t.message().flatMap(Message::delivery).get()))));
  }

  /** VerifyUserAttribute: the user afterwards, the contact verified. */
  public Either<CognitoError, User> verifyUserAttribute(Requests.VerifyUserAttribute r) {
    return guard.run(Operation.VERIFY_USER_ATTRIBUTE, () -> Commands.parse(r).flatMap(this::run));
  }

  /** VerifyUserAttribute, parsed. */
  public Either<CognitoError, User> verifyUserAttribute(Commands.VerifyUserAttribute c) {
    return guard.run(Operation.VERIFY_USER_ATTRIBUTE, () -> run(c));
  }

  private Either<CognitoError, User> run(Commands.VerifyUserAttribute c) {
    return tokens.authorize(c.accessToken())
        .flatMap(owner -> AttributeVerification.verifiable(c.attributeName())
            .flatMap(contact -> write(Operation.VERIFY_USER_ATTRIBUTE, owner,
                (user, ctx) -> AttributeVerification.verifyUserAttribute(user, contact, c.code(), ctx), Transition::after)));
  }

  /** The decision on the token's user, reloaded on every attempt; a user gone since the token was checked is a revoked token. */
  private <T> Either<CognitoError, T> write(Operation op, Tuple2<UserPool, User> owner,
      BiFunction<User, Context, Either<CognitoError, Transition>> decision, Function<Transition, T> result) {
    UserPool pool = owner._1;
    return engine.write(op, pool, ctx -> pools.users(pool.id()).find(new LookupKey.BySub(owner._2.sub()))
        .filter(User::enabled)
        .toEither(() -> (CognitoError) new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED))
        .flatMap(user -> decision.apply(user, ctx))
        .map(t -> Step.save(t, result.apply(t))));
  }

  @Override
  public String toString() {
    return "VerificationService";
  }
}
