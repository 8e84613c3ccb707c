package dev.userpool.testkit;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Randomness;
import dev.userpool.password.Salt;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.testkit.sdk.CognitoExceptions;
import dev.userpool.schema.AttributeCheck;
import dev.userpool.user.Attributes;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * A user pool with one app client in an {@link InProcessCognito}, created through the service from a
 * {@link PoolSpec}, and the way to put users in it:
 *
 * <pre>{@code
 * InProcessCognito cognito = InProcessCognito.create();
 * TestPool pool = TestPool.create(cognito, PoolSpec.defaults().historySize(5));
 * TestUser jane = pool.user("jane").password("Passw0rd!").confirmed();
 * TestUser bob = pool.user("bob").verifiedEmail("bob@example.com").resetRequired();
 * TestUser old = pool.user("old").archived();           // written to the store: the API cannot archive
 * }</pre>
 *
 * <p>{@link UserSpec} says how each status is reached. Fixtures that go through the service behave
 * exactly as the calls would: their events are recorded and their messages land in the mailbox (SignUp's
 * code to an auto-verified contact, AdminResetUserPassword's reset code); invitations are suppressed.
 */
public final class TestPool {

  /** The name of the app client every test pool gets. */
  public static final String CLIENT_NAME = "test-client";

  private static final java.util.List<String> CLIENT_FLOWS = java.util.List.of(
      ExplicitAuthFlow.ALLOW_USER_PASSWORD_AUTH.name(), ExplicitAuthFlow.ALLOW_ADMIN_USER_PASSWORD_AUTH.name(),
      ExplicitAuthFlow.ALLOW_REFRESH_TOKEN_AUTH.name());

  private final InProcessCognito cognito;
  private final PoolSpec spec;
  private final UserPoolId id;
  private final ClientId clientId;

  private TestPool(InProcessCognito cognito, PoolSpec spec, UserPoolId id, ClientId clientId) {
    this.cognito = cognito;
    this.spec = spec;
    this.id = id;
    this.clientId = clientId;
  }

  // -- static API

  /** A pool with the API's defaults ({@link PoolSpec#defaults()}). */
  public static TestPool create(InProcessCognito cognito) {
    return create(cognito, PoolSpec.defaults());
  }

  /**
   * A pool as {@code spec} says, made with CreateUserPool and CreateUserPoolClient.
   *
   * @throws FixtureRefusedException if Cognito refuses the settings (history on LITE, UsernameAttributes with AliasAttributes)
   * @throws NullPointerException if an argument is null
   */
  public static TestPool create(InProcessCognito cognito, PoolSpec spec) {
    Objects.requireNonNull(cognito, "cognito is null");
    Objects.requireNonNull(spec, "spec is null");
    UserPoolService service = cognito.service();
    var p = spec.policy();
    UserPool pool = expect(Operation.CREATE_USER_POOL, spec.name(),
        service.poolConfiguration().createUserPool(new Requests.CreateUserPool(spec.name(),
            new Requests.PasswordPolicyType(p.minimumLength(), p.requireUppercase(), p.requireLowercase(), p.requireNumbers(),
                p.requireSymbols(), p.passwordHistorySize(), p.temporaryPasswordValidityDays()),
            spec.tier().name(),
            spec.usernameAttributes().stream().map(ContactAttribute::attributeName).toList(),
            spec.aliasAttributes().stream().map(AliasAttribute::attributeName).toList(),
            spec.autoVerifiedAttributes().stream().map(ContactAttribute::attributeName).toList(),
            spec.caseSensitivity() == CaseSensitivity.CASE_SENSITIVE)));
    AppClient client = expect(Operation.CREATE_USER_POOL_CLIENT, CLIENT_NAME, service.poolConfiguration().createUserPoolClient(
        new Requests.CreateUserPoolClient(pool.id().value(), CLIENT_NAME, CLIENT_FLOWS, spec.preventUserExistenceErrors().name(),
            spec.authSessionValidity(), false)));
    return new TestPool(cognito, spec, pool.id(), client.clientId());
  }

  // -- accessors

  /** The local Cognito the pool lives in. */
  public InProcessCognito cognito() {
    return cognito;
  }

  /** The service, to call any operation on this pool. */
  public UserPoolService service() {
    return cognito.service();
  }

  /** The clock. */
  public ControllableClock clock() {
    return cognito.clock();
  }

  /** Where codes and invitations end up. */
  public RecordingMailbox mailbox() {
    return cognito.mailbox();
  }

  /** The spec the pool was made from. */
  public PoolSpec spec() {
    return spec;
  }

  /** The pool's id. */
  public UserPoolId id() {
    return id;
  }

  /** The app client's id. */
  public ClientId clientId() {
    return clientId;
  }

  /**
   * The pool as stored now.
   *
   * @throws IllegalStateException if the pool was deleted
   */
  public UserPool userPool() {
    return cognito.store().find(id).getOrElseThrow(() -> new IllegalStateException("pool " + id + " was deleted"));
  }

  /** The app client as stored now. */
  public AppClient client() {
    return userPool().client(clientId).getOrElseThrow(() -> new IllegalStateException("client " + clientId + " is gone"));
  }

  // -- users

  /** A user fixture called {@code name}: say what it has, then end with its status. */
  public UserFixture user(String name) {
    return new UserFixture(this, UserSpec.named(name));
  }

  /**
   * Makes the user {@code user} describes, through the service where Cognito can (see {@link UserSpec}).
   *
   * @throws IllegalArgumentException if Cognito cannot produce such a user ({@link UserSpec#problemIn})
   * @throws FixtureRefusedException if an operation refuses, for example a password the policy refuses
   * @throws IllegalStateException if a user written to the store takes a name or alias another user holds
   */
  public TestUser add(UserSpec user) {
    Objects.requireNonNull(user, "user is null");
    Optional<String> problem = user.problemIn(spec);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(user.name() + ": " + problem.get());
    }
    Optional<Password> password = user.passwordIn(spec);
    User made = user.writtenToStore() ? writeToStore(user, password) : throughService(user, password.get());
    return new TestUser(this, made.sub(), made.signInName(userPool()).value(), password);
  }

  /** The user a request naming {@code name} reaches (by username, alias or sub), as AdminGetUser finds it. */
  public Optional<User> find(String name) {
    return service().adminGetUser(new Requests.AdminGetUser(id.value(), name)).toJavaOptional();
  }

  /** Every user of the pool, by username (unmodifiable). */
  public java.util.List<User> users() {
    return cognito.store().users(id).list(Option.none(), Integer.MAX_VALUE).asJava();
  }

  // -- tokens

  /** This pool's Lambda triggers: register Java functions, read the events they were sent. */
  public PoolTriggers triggers() {
    return new PoolTriggers(this);
  }

  /** The public keys that verify this pool's tokens (a JWKS document, as {@code /.well-known/jwks.json} serves it). */
  public String jwks() {
    return cognito.jwks();
  }

  /** The {@code iss} of this pool's tokens: AWS's form unless the Cognito was built with another. */
  public String issuer() {
    return cognito.issuer(id).value();
  }

  // -- sign-in

  /**
   * InitiateAuth with USER_PASSWORD_AUTH through the pool's client: the outcome (tokens' grounds, or a
   * challenge), or the SDK's exception for Cognito's refusal, as the SDK client would throw it.
   *
   * @throws CognitoIdentityProviderException the SDK's subtype for the error (for example
   *     {@code NotAuthorizedException}) with Cognito's exact code, message and status, if Cognito refuses
   * @throws NullPointerException if an argument is null
   */
  public Results.SignIn signIn(String name, String password) {
    return orThrow(signInOutcome(name, password));
  }

  /**
   * AdminInitiateAuth with ADMIN_USER_PASSWORD_AUTH through the pool's client.
   *
   * @throws CognitoIdentityProviderException the SDK's subtype for the error, if Cognito refuses
   * @throws NullPointerException if an argument is null
   */
  public Results.SignIn adminSignIn(String name, String password) {
    return orThrow(
        service().signIns().adminInitiateAuth(new Requests.AdminInitiateAuth(id.value(), clientId.value(), "ADMIN_USER_PASSWORD_AUTH",
            credentials(name, password))));
  }

  /** InitiateAuth as the service decides it, for callers that turn a refusal into their own exception. */
  Either<CognitoError, Results.SignIn> signInOutcome(String name, String password) {
    return service().signIns().initiateAuth(new Requests.InitiateAuth(clientId.value(), "USER_PASSWORD_AUTH", credentials(name, password)));
  }

  private Results.SignIn orThrow(Either<CognitoError, Results.SignIn> outcome) {
    return outcome.getOrElseThrow(error -> CognitoExceptions.of(error, cognito.nextRequestId()));
  }

  // -- how users are made

  private User throughService(UserSpec user, Password password) {
    UserPoolService service = service();
    Seq<Password> passwords = List.ofAll(user.passwordHistory()).append(password);
    java.util.List<Requests.AttributeType> attributes = user.attributes().asMap()
        .map(a -> new Requests.AttributeType(a._1, a._2)).toJavaList();
    String who = user.name();
    User made;
    if (user.status() == UserStatus.FORCE_CHANGE_PASSWORD) {
      made = expect(Operation.ADMIN_CREATE_USER, who, service.adminCreateUser(new Requests.AdminCreateUser(id.value(), who,
          passwords.head().reveal(), attributes, "SUPPRESS")));
      made = setEach(made, passwords.tail(), false);
    } else {
      // App clients may not write the verification flags; they are set below, as an administrator would.
      java.util.List<Requests.AttributeType> writable = attributes.stream().filter(a -> !isVerificationFlag(a.name())).toList();
      made = expect(Operation.SIGN_UP, who, service.signUps().signUp(new Requests.SignUp(clientId.value(), who, passwords.head().reveal(),
          writable))).user();
      if (user.status() != UserStatus.UNCONFIRMED) {
        made = expect(Operation.ADMIN_CONFIRM_SIGN_UP, who, service.adminConfirmSignUp(new Requests.AdminConfirmSignUp(id.value(),
            made.username().value())));
        made = setEach(made, passwords.tail(), true);
      }
      made = verifiedInStore(made, user);
      if (user.status() == UserStatus.RESET_REQUIRED) {
        made = expect(Operation.ADMIN_RESET_USER_PASSWORD, who, service.adminResetUserPassword(
            new Requests.AdminResetUserPassword(id.value(), made.username().value())));
      }
    }
    if (!user.enabled()) {
      made = expect(Operation.ADMIN_DISABLE_USER, who, service.adminDisableUser(new Requests.AdminDisableUser(id.value(),
          made.username().value())));
    }
    return made;
  }

  private static boolean isVerificationFlag(String attribute) {
    return List.of(ContactAttribute.values()).exists(c -> c.verifiedName().equals(attribute));
  }

  /**
   * The spec's verification flags on a user SignUp made. Cognito sets them through
   * AdminUpdateUserAttributes, which the library does not implement, so the fixture writes them to the
   * store: a new version, keyed anew (a verified alias becomes usable), refused like AliasExistsException.
   */
  private User verifiedInStore(User made, UserSpec user) {
    Attributes flags = Attributes.of(user.attributes().asMap().filterKeys(TestPool::isVerificationFlag).toList());
    if (flags.size() == 0) {
      return made;
    }
    User verified = User.builder()
        .username(made.username())
        .sub(made.sub())
        .status(made.status())
        .enabled(made.enabled())
        .attributes(made.attributes().withAll(flags))
        .password(made.password())
        .passwordHistory(made.passwordHistory())
        .pendingCode(made.pendingCode())
        .challenge(made.challenge())
        .creationDate(made.creationDate())
        .lastModifiedDate(clock().instant())
        .version(made.version() + 1)
        .build();
    return cognito.store().users(id).save(verified, Naming.of(userPool()).keysOf(verified))
        .getOrElseThrow(conflict -> new FixtureRefusedException(Operation.SIGN_UP, user.name(), aliasTaken(conflict)));
  }

  private static CognitoError aliasTaken(StoreConflict conflict) {
    boolean phone = conflict instanceof StoreConflict.KeyTaken taken && taken.key() instanceof LookupKey.ByAlias alias
        && alias.attribute() == AliasAttribute.PHONE_NUMBER;
    return new CognitoError.AliasExists(phone ? CognitoError.AliasExists.Reason.PHONE_NUMBER : CognitoError.AliasExists.Reason.EMAIL);
  }

  private User setEach(User user, Seq<Password> passwords, boolean permanent) {
    User made = user;
    for (Password next : passwords) {
      made = expect(Operation.ADMIN_SET_USER_PASSWORD, user.username().value(), service().adminSetUserPassword(
          new Requests.AdminSetUserPassword(id.value(), made.username().value(), next.reveal(), permanent)));
    }
    return made;
  }

  /** For what the API cannot produce: the user built as a store would reload it, and saved with its keys. */
  private User writeToStore(UserSpec user, Optional<Password> password) {
    UserPool pool = userPool();
    Attributes attributes = Attributes.parse("userAttributes", List.ofAll(user.attributes().asMap()).map(a -> Tuple.of(a._1, a._2)))
        .flatMap(parsed -> AttributeCheck.check(pool.schema(), AttributeCheck.Writer.ADMIN_CREATE_USER, parsed.asMap(), HashSet.empty())
            .<Either<CognitoError, Attributes>>map(Either::left).getOrElse(Either.right(parsed)))
        .getOrElseThrow(e -> new IllegalArgumentException(user.name() + ": " + e.message()));
    Randomness randomness = cognito.randomness();
    PasswordHasher hasher = cognito.hasher();
    Instant now = clock().instant();
    Sub sub = Sub.generate(randomness);
    Salt salt = Salt.random(randomness);
    int historySize = pool.passwordPolicy().passwordHistorySize();
    PasswordHistory history = PasswordHistory.start(salt);
    for (Password older : user.passwordHistory()) {
      history = history.record(hasher.hash(older, salt), historySize);
    }
    Username username = new Username(user.name());
    if (pool.usernamesAreContacts()) {
      ContactAttribute contact = contactFor(pool, user.name());
      attributes = attributes.with(contact.attributeName(), user.name());
      username = new Username(sub.value());
    }
    Option<CurrentPassword> current = Option.none();
    if (password.isPresent()) {
      PasswordHash hash = hasher.hash(password.get(), salt);
      history = history.record(hash, historySize);
      // The SRP verifier too, bound to the stored username, so the fixture signs in with USER_SRP_AUTH as well.
      SrpVerifier verifier = SrpVerifier.compute(pool.id().poolName(), username.value(), password.get(), randomness);
      current = Option.some(new CurrentPassword(hash, now, PasswordKind.PERMANENT, Option.some(verifier)));
    }
    User made = User.builder()
        .username(username)
        .sub(sub)
        .status(user.status())
        .enabled(user.enabled())
        .attributes(attributes)
        .password(current)
        .passwordHistory(history)
        .creationDate(now)
        .lastModifiedDate(now)
        .build();
    return cognito.store().users(id).save(made, Naming.of(pool).keysOf(made))
        .getOrElseThrow(conflict -> new IllegalStateException(user.name() + " cannot be stored: " + conflict));
  }

  private static ContactAttribute contactFor(UserPool pool, String name) {
    if (pool.usernameAttributes().contains(ContactAttribute.EMAIL) && Attributes.isEmail(name)) {
      return ContactAttribute.EMAIL;
    }
    if (pool.usernameAttributes().contains(ContactAttribute.PHONE_NUMBER) && Attributes.isPhoneNumber(name)) {
      return ContactAttribute.PHONE_NUMBER;
    }
    throw new IllegalArgumentException(name + ": usernames in this pool are "
        + pool.usernameAttributes().map(c -> c.attributeName().replace('_', ' ').toLowerCase(Locale.ROOT)).mkString(" or "));
  }

  private static Map<String, String> credentials(String name, String password) {
    return Map.of("USERNAME", Objects.requireNonNull(name, "name is null"), "PASSWORD",
        Objects.requireNonNull(password, "password is null"));
  }

  private static <T> T expect(Operation operation, String subject, Either<CognitoError, T> outcome) {
    return outcome.getOrElseThrow(error -> new FixtureRefusedException(operation, subject, error));
  }

  /** The pool's id and spec. */
  @Override
  public String toString() {
    return "TestPool[" + id + ", " + spec + "]";
  }
}
