package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.schema.AttributeCheck;
import dev.userpool.schema.ClientAttributes;
import dev.userpool.user.Attributes;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The schema's and the app client's say on an operation's attributes, in the order the operations ask: for a
 * client's own write (SignUp, UpdateUserAttributes, a NEW_PASSWORD_REQUIRED answer) first that it marks no contact
 * verified, then the schema ({@link AttributeCheck}), then the client's WriteAttributes ({@link ClientAttributes});
 * for an administrator's write the schema alone. Also what a client reads.
 */
final class AttributeWrites {

  private AttributeWrites() {}

  /** SignUp's attributes; in a pool whose usernames are emails or phone numbers, the username gives that attribute. */
  static Either<CognitoError, Attributes> signUp(UserPool pool, AppClient client, Username username, Attributes attributes) {
    Set<String> fromUsername = pool.usernameAttributes()
        .filter(c -> c == ContactAttribute.EMAIL ? Attributes.isEmail(username.value()) : Attributes.isPhoneNumber(username.value()))
        .map(ContactAttribute::attributeName);
    return writableByClients(attributes)
        .flatMap(a -> refusal(AttributeCheck.check(pool.schema(), AttributeCheck.Writer.SIGN_UP, a.asMap(), fromUsername), a))
        .flatMap(a -> refusal(ClientAttributes.checkWrite(pool.schema(), client.writeAttributes(), a.asMap().keySet()), a));
  }

  /** AdminCreateUser's attributes: the schema's check, required attributes may be left out. */
  static Either<CognitoError, Attributes> adminCreateUser(UserPool pool, Attributes attributes) {
    return refusal(AttributeCheck.check(pool.schema(), AttributeCheck.Writer.ADMIN_CREATE_USER, attributes.asMap(), HashSet.empty()),
        attributes);
  }

  /** AdminUpdateUserAttributes' attributes: the schema's check, immutable attributes refused. */
  static Either<CognitoError, Attributes> adminUpdate(UserPool pool, Attributes attributes) {
    return refusal(AttributeCheck.check(pool.schema(), AttributeCheck.Writer.ADMIN_UPDATE, attributes.asMap(), HashSet.empty()),
        attributes);
  }

  /** UpdateUserAttributes' attributes: the schema's check, then the client's WriteAttributes when the client is known. */
  static Either<CognitoError, Attributes> userUpdate(UserPool pool, Option<AppClient> client, Attributes attributes) {
    return refusal(AttributeCheck.check(pool.schema(), AttributeCheck.Writer.USER_UPDATE, attributes.asMap(), HashSet.empty()),
        attributes)
        .flatMap(a -> refusal(client.flatMap(c -> ClientAttributes.checkWrite(pool.schema(), c.writeAttributes(), a.asMap().keySet())),
            a));
  }

  /** A NEW_PASSWORD_REQUIRED answer's attributes: no verified contact, then as UpdateUserAttributes'. */
  static Either<CognitoError, Attributes> challengeAnswer(UserPool pool, AppClient client, Attributes attributes) {
    return writableByClients(attributes).flatMap(a -> userUpdate(pool, Option.some(client), a));
  }

  /**
   * A NEW_PASSWORD_REQUIRED answer leaves the user with every required attribute: the first missing one, in schema order,
   * is {@code Invalid attributes given, <name> is missing}.
   */
  static Either<CognitoError, Attributes> requiredAfter(UserPool pool, Attributes after) {
    return AttributeCheck.missingRequired(pool.schema(), after.asMap()).headOption()
        .<Either<CognitoError, Attributes>>map(name -> Either.left(new CognitoError.InvalidParameter(
            CognitoError.InvalidParameter.Reason.REQUIRED_ATTRIBUTE_MISSING, name)))
        .getOrElse(Either.right(after));
  }

  /** CreateUserPoolClient's and UpdateUserPoolClient's ReadAttributes and WriteAttributes against the pool's schema. */
  static Either<CognitoError, AppClient> clientSettings(UserPool pool, AppClient client, ClientAttributes.Change change) {
    return refusal(ClientAttributes.check(pool.schema(), client.readAttributes(), client.writeAttributes(), change), client);
  }

  /** The attributes of {@code attributes} that {@code client} reads. */
  static Attributes readable(UserPool pool, AppClient client, Attributes attributes) {
    Set<String> names = HashSet.ofAll(ClientAttributes.readable(pool.schema(), client.readAttributes()));
    return Attributes.of(attributes.asMap().filterKeys(names::contains).toList());
  }

  /** App clients may not mark a contact verified: only an administrator, or a code, does that. */
  private static Either<CognitoError, Attributes> writableByClients(Attributes attributes) {
    boolean setsVerification = List.of(ContactAttribute.values()).exists(c -> attributes.get(c.verifiedName()).isDefined());
    return setsVerification
        ? Either.left(new NotAuthorized(NotAuthorized.Reason.ATTRIBUTE_NOT_WRITABLE))
        : Either.right(attributes);
  }

  private static <T> Either<CognitoError, T> refusal(Option<CognitoError> refused, T value) {
    return refused.isDefined() ? Either.left(refused.get()) : Either.right(value);
  }
}
