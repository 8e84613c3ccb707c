package dev.userpool.support;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.password.Salt;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import dev.userpool.pool.ContactAttribute;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Random;

/** Shared fixtures of core's tests. */
public final class Fixtures {

  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  public static final PasswordHasher HASHER = Pbkdf2PasswordHasher.withIterations(1);
  public static final String PASSWORD = "Passw0rd!";
  public static final String OTHER_PASSWORD = "0therPass!";
  public static final ClientId CLIENT_ID = new ClientId("client1234567890");
  public static final AppClient CLIENT = AppClient.builder().clientId(CLIENT_ID).clientName("app")
      .explicitAuthFlows(HashSet.of(ExplicitAuthFlow.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlow.ALLOW_ADMIN_USER_PASSWORD_AUTH))
      .build();

  private Fixtures() {}

  /** A refused outcome as the tests compare it: {@code <code>: <message>}. */
  public static String message(Either<CognitoError, ?> outcome) {
    return outcome.getLeft().cognitoError() + ": " + outcome.getLeft().message();
  }

  public static Randomness seeded(long seed) {
    return new Random(seed)::nextBytes;
  }

  public static UserPool pool(PasswordPolicy policy) {
    return pool(policy, HashSet.empty(), HashSet.empty());
  }

  public static UserPool pool(PasswordPolicy policy, Set<ContactAttribute> usernameAttributes, Set<ContactAttribute> autoVerified) {
    return UserPool.builder().id(new UserPoolId("us-east-1_TEST")).name("test").passwordPolicy(policy).tier(Tier.ESSENTIALS)
        .usernameAttributes(usernameAttributes).autoVerifiedAttributes(autoVerified)
        .clients(LinkedHashMap.of(CLIENT_ID, CLIENT)).creationDate(T0).lastModifiedDate(T0).version(1).build();
  }

  public static Context context(UserPool pool, Instant now) {
    return new Context(now, pool, HASHER, seeded(now.toEpochMilli()), () -> ConfirmationCode.of("123456"));
  }

  public static Context context(Instant now) {
    return context(pool(PasswordPolicy.cognitoDefault()), now);
  }

  /** An enabled user in {@code status} whose password (temporary exactly when FORCE_CHANGE_PASSWORD) is {@link #PASSWORD}. */
  public static User user(UserStatus status) {
    Salt salt = Salt.random(seeded(status.ordinal()));
    var hash = HASHER.hash(Password.of(PASSWORD), salt);
    PasswordKind kind = status == UserStatus.FORCE_CHANGE_PASSWORD ? PasswordKind.TEMPORARY : PasswordKind.PERMANENT;
    return User.builder()
        .username(new Username("jane"))
        .sub(Sub.generate(seeded(42)))
        .status(status)
        .attributes(Attributes.empty().with("email", "jane@example.com").with("email_verified", "true"))
        .password(Option.some(new CurrentPassword(hash, T0, kind,
            Option.some(SrpVerifier.compute("TEST", "jane", Password.of(PASSWORD), seeded(status.ordinal() + 100))))))
        .passwordHistory(PasswordHistory.start(salt).record(hash, 24))
        .creationDate(T0)
        .lastModifiedDate(T0)
        .build();
  }
}
