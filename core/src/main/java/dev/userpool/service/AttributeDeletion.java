package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.Operation;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.schema.SchemaAttribute;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * DeleteUserAttributes: the signed-in user removes attributes of their own. The rules are AdminDeleteUserAttributes'
 * ({@link User#adminDeleteUserAttributes}: {@code sub} stays, the name must be a standard, custom or {@code dev:}
 * attribute, a username attribute stays, a contact's {@code *_verified} goes with it, a name the user lacks is no error)
 * and one more: an attribute the schema marks required stays
 * ({@code Attributes did not conform to the schema: <name>: The attribute is required}, the library's decision; AWS's
 * reference says nothing of it). Source: AWS API reference, DeleteUserAttributes (an access token with
 * {@code aws.cognito.signin.user.admin}); amplify-js#12128 observed that names the user lacks, and an empty list,
 * succeed.
 */
public final class AttributeDeletion {

  private final WriteEngine engine;
  private final TokenService tokens;
  private final UserPools pools;
  private final Guard guard;

  /**
   * The operation over {@code service}'s pools and users, with {@code tokens}' access tokens.
   *
   * @throws NullPointerException if an argument is null
   */
  public AttributeDeletion(UserPoolService service, TokenService tokens, UserPools pools, RateLimits rateLimits) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /**
   * DeleteUserAttributes: the user as saved. Checks, in order: the members' shapes (AccessToken, every name, reported
   * together); the access token and its user (enabled and still there, else {@code Access Token has been revoked}); then
   * AdminDeleteUserAttributes' checks name by name; then no name is a required attribute the user has.
   */
  public Either<CognitoError, User> deleteUserAttributes(String accessToken, java.util.List<String> userAttributeNames) {
    Operation op = Operation.DELETE_USER_ATTRIBUTES;
    return guard.run(op, () -> valid(Members.flat(Validation.combine(Members.string(Members.ACCESS_TOKEN, accessToken),
        Commands.attributeNames(userAttributeNames)).ap(Tuple::of)))
        .flatMap(given -> tokens.authorize(given._1).flatMap(owner -> engine.write(op, owner._1,
            ctx -> own(owner._1, owner._2).flatMap(user -> user.adminDeleteUserAttributes(given._2, ctx)
                .flatMap(t -> required(owner._1, user, given._2).map(refused -> t)))
                .map(Step::saveAfter)))));
  }

  /** The first name of {@code names} that the schema requires and {@code user} has, refused; else nothing to refuse. */
  private static Either<CognitoError, Seq<String>> required(UserPool pool, User user, Seq<String> names) {
    Option<String> kept = names.find(name -> user.attributes().get(name).isDefined()
        && pool.schema().find(name).exists(SchemaAttribute::required));
    return kept.isDefined()
        ? Either.left(new InvalidParameter(InvalidParameter.Reason.USERNAME_ATTRIBUTE_REQUIRED, kept.get()))
        : Either.right(names);
  }

  private Either<CognitoError, User> own(UserPool pool, User owner) {
    return pools.users(pool.id()).find(new LookupKey.BySub(owner.sub())).filter(User::enabled)
        .toEither(() -> new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED));
  }

  private static <T> Either<CognitoError, T> valid(Validation<? extends Seq<ParameterViolation>, T> v) {
    return v.toEither().mapLeft(violations -> new CognitoError.RequestInvalid(List.ofAll(violations)));
  }

  @Override
  public String toString() {
    return "AttributeDeletion";
  }
}
