package dev.userpool.testkit.inprocess;

import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.ConfirmationCodes;
import dev.userpool.port.Deliveries;
import dev.userpool.port.Devices;
import dev.userpool.port.Events;
import dev.userpool.port.Groups;
import dev.userpool.port.RateLimits;
import dev.userpool.port.TokenFamilies;
import dev.userpool.port.UserPools;
import dev.userpool.service.GroupService;
import dev.userpool.service.SchemaOperations;
import dev.userpool.service.TokenOperations;
import dev.userpool.service.MfaService;
import dev.userpool.service.SignInPolicyOperations;
import dev.userpool.service.WebAuthnService;
import dev.userpool.service.DeviceService;
import dev.userpool.testkit.store.InMemoryDevices;
import dev.userpool.service.VerificationService;
import dev.userpool.service.TokenService;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.store.InMemoryAuthorizationCodes;
import dev.userpool.testkit.store.InMemoryGroups;
import dev.userpool.testkit.store.InMemoryHostedSessions;
import dev.userpool.testkit.store.InMemorySigningKeys;
import dev.userpool.testkit.store.InMemoryTokenFamilies;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.Issuer;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.UserEvent;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.trigger.Triggers;
import dev.userpool.testkit.store.InMemoryWebAuthnCredentials;
import dev.userpool.testkit.webauthn.LazyWebAuthnVerifier;
import dev.userpool.webauthn.WebAuthnVerifier;

/**
 * An in-memory Cognito: the library's {@link UserPoolService} wired to an {@link InMemoryUserPools},
 * a {@link ControllableClock}, an {@link RecordingMailbox} and, unless told otherwise, the
 * {@link InsecureFastHasher} and seeded randomness. Everything a test needs to drive and observe it.
 *
 * <pre>{@code
 * InProcessCognito cognito = InProcessCognito.create();
 * cognito.service().poolConfiguration().createUserPool(Requests.CreateUserPool.named("test"));
 * cognito.clock().advanceDays(8);
 * }</pre>
 *
 * <p><b>Clock.</b> By default the {@link ControllableClock#wall() wall clock} plus what the test moves it
 * forward: tokens are issued at the real time, so a verifier in the same test that reads the real clock
 * (Spring's {@code JwtTimestampValidator}, nimbus's {@code DefaultJWTClaimsVerifier}, aws-jwt-verify)
 * judges them as it judges Cognito's. A verifier that should see the moves too takes {@link #clock()} (a
 * {@link java.time.Clock}). For dates that are the same on every run, build with
 * {@code .clock(ControllableClock.fixed())} (frozen at {@link ControllableClock#DEFAULT_START}) or
 * {@link ControllableClock#fixedAt(java.time.Instant)}.
 */
public final class InProcessCognito implements InProcessCognitoBuilder {

  /** How many of the latest events {@link #events()} keeps unless told otherwise ({@link Builder#eventsKept}). */
  public static final int EVENTS_KEPT = 10_000;

  private final UserPoolService service;
  private final UserPools store;
  private final InMemoryUserPools inMemory;
  private final ControllableClock clock;
  private final RecordingMailbox mailbox;
  private final Mailroom mailroom;
  private final SharedTime time;
  // Appended on every operation, read by tests: a queue, so appends stay O(1) however many came before
  // (a copy-on-write list copied all earlier events on every append, quadratic over a long test suite);
  // bounded, the oldest dropped first, so that a long run does not keep every sign-in's event.
  private final ConcurrentLinkedQueue<UserEvent> events = new ConcurrentLinkedQueue<>();
  private final AtomicInteger eventCount = new AtomicInteger();
  private final int eventsKept;
  private final long seed;
  private final PasswordHasher hasher;
  private final Randomness randomness;
  private final Groups groups;
  private final TokenFamilies tokenFamilies;
  private final RsaTokenSigner signer;
  private final Function<UserPoolId, Issuer> issuer;
  private final TokenService tokens;
  private final GroupService groupService;
  private final TokenOperations tokenOperations;
  private final VerificationService verifications;
  private final MfaService mfa;
  private final SignInPolicyOperations signInPolicies;
  private final WebAuthnService webAuthn;
  private final DeviceService devices;
  private final SchemaOperations schemaOperations;
  private final OAuthServices oauth;
  private final LambdaFunctions functions;
  private final AtomicLong requests = new AtomicLong();
  private final boolean waitsForNothing;

  InProcessCognito(Builder b) {
    this.inMemory = b.store == null ? new InMemoryUserPools() : null;
    this.store = b.store == null ? inMemory : b.store;
    this.groups = b.groups == null ? new InMemoryGroups() : b.groups;
    this.tokenFamilies = b.tokenFamilies == null ? new InMemoryTokenFamilies() : b.tokenFamilies;
    this.clock = b.clock == null ? ControllableClock.wall() : b.clock;
    this.mailbox = new RecordingMailbox();
    this.mailroom = b.mailroom == null ? mailbox : b.mailroom;
    this.time = new SharedTime(clock, b.clockOffset == null ? ClockOffset.inMemory() : b.clockOffset);
    this.eventsKept = b.eventsKept;
    this.seed = b.seed;
    this.randomness = b.randomness == null ? SeededRandomness.withSeed(b.seed) : b.randomness;
    this.hasher = b.hasher == null ? InsecureFastHasher.forTestsOnly() : b.hasher;
    ConfirmationCodes codes = b.codes == null ? () -> ConfirmationCode.sixDigits(randomness) : b.codes;
    Events recorder = (pool, event) -> record(event);
    Deliveries deliveries = mailroom == mailbox ? mailbox : (pool, message) -> {
      mailbox.deliver(pool, message);
      mailroom.deliver(pool, message);
    };
    this.functions = new LambdaFunctions(b.triggers);
    WebAuthnCredentials passkeys = b.webAuthnCredentials == null ? new InMemoryWebAuthnCredentials(store) : b.webAuthnCredentials;
    WebAuthnVerifier verifier = new LazyWebAuthnVerifier();
    Devices tracked = b.devices == null ? new InMemoryDevices(store) : b.devices;
    this.service = UserPoolService.builder()
        .passkeys(passkeys, verifier)
        .devices(tracked)
        .triggers(functions)
        .pools(store)
        .hasher(hasher)
        .randomness(randomness)
        .codes(codes)
        .deliveries(deliveries)
        .events(recorder)
        .clock(clock)
        .region(b.region)
        .build();
    this.signer = (b.signer == null ? seededKeys(b.seed) : b.signer).apply(clock);
    this.issuer = b.issuer;
    this.waitsForNothing = b.store == null && b.groups == null && b.tokenFamilies == null && b.authorizationCodes == null
        && b.hostedSessions == null && b.webAuthnCredentials == null && b.devices == null && b.mailroom == null
        && b.clockOffset == null && b.triggers == Triggers.NONE && signer.keysInMemory();
    this.tokens = new TokenService(store, groups, tokenFamilies, signer, randomness, clock, issuer).withTriggers(service.triggers());
    this.groupService = new GroupService(store, groups, RateLimits.NONE, clock);
    this.tokenOperations = new TokenOperations(service, tokens, store, groups, RateLimits.NONE).withDevices(tracked);
    this.verifications = new VerificationService(service, tokens, store, RateLimits.NONE);
    this.mfa = new MfaService(service, tokens, store, RateLimits.NONE);
    this.signInPolicies = new SignInPolicyOperations(service);
    this.webAuthn = new WebAuthnService(tokens, passkeys, verifier, randomness, clock, RateLimits.NONE);
    this.devices = new DeviceService(tokens, store, tracked, randomness, clock, RateLimits.NONE);
    this.schemaOperations = new SchemaOperations(service, RateLimits.NONE);
    this.oauth = OAuthServices.of(service, store, tokens, b.authorizationCodes == null
        ? new InMemoryAuthorizationCodes()
        : b.authorizationCodes, b.hostedSessions == null ? new InMemoryHostedSessions() : b.hostedSessions, randomness, clock);
  }

  private static Function<Clock, RsaTokenSigner> seededKeys(long seed) {
    return clock -> RsaTokenSigner.seeded(seed, new InMemorySigningKeys(), clock, KeyProtection.none());
  }

  /**
   * Whether no operation can wait on anything outside this process: every store in memory (signing keys too), no
   * shared mailroom or clock offset and no trigger endpoint. In-process trigger handlers are not counted: they may be
   * registered at any time ({@link LambdaFunctions#isEmpty()}).
   */
  public boolean waitsForNothing() {
    return waitsForNothing;
  }

  /** A local Cognito with seed 0, the fast test hasher and the {@link ControllableClock#wall() wall clock}. */
  public static InProcessCognito create() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The application service: every operation, as Cognito decides it. */
  public UserPoolService service() {
    return service;
  }

  /** The store, whichever it is: to look inside in assertions. */
  public UserPools store() {
    return store;
  }

  /**
   * The in-memory store, to look inside in assertions.
   *
   * @throws IllegalStateException if this Cognito was built on another {@link Builder#store store}
   */
  public InMemoryUserPools pools() {
    if (inMemory == null) {
      throw new IllegalStateException("this InProcessCognito keeps its pools in another store: use store()");
    }
    return inMemory;
  }

  /** The clock, to move time. */
  public ControllableClock clock() {
    return clock;
  }

  /** Codes and temporary passwords that would have been emailed or texted by this node (the latest; see {@link RecordingMailbox}). */
  public RecordingMailbox mailbox() {
    return mailbox;
  }

  /** What happened to users, oldest first: the latest {@link Builder#eventsKept} of them. */
  public Seq<UserEvent> events() {
    return List.ofAll(events);
  }

  private void record(UserEvent event) {
    if (eventsKept == 0) {
      return;
    }
    events.add(event);
    if (eventCount.incrementAndGet() > eventsKept && events.poll() != null) {
      eventCount.decrementAndGet();
    }
  }

  /**
   * Where the test control reads codes and temporary passwords: the {@link Builder#mailroom} shared with other
   * nodes if given, else {@link #mailbox()}.
   */
  public Mailbox sharedMailbox() {
    return mailroom;
  }

  /**
   * Time as the test control moves it: for every node sharing the {@link Builder#clockOffset} (this one alone
   * unless given). {@link SharedTime#catchUp()} brings this node's clock level with the others'.
   */
  public SharedTime sharedTime() {
    return time;
  }

  /**
   * The randomness the service draws ids, salts, codes and generated passwords from; adapters on top
   * (the SDK-shaped client's tokens, for one) draw from it too, so one seed replays a whole test.
   */
  public Randomness randomness() {
    return randomness;
  }

  /** The token rules: issuing, renewing, checking and revoking signed tokens, over one registry. */
  public TokenService tokens() {
    return tokens;
  }

  /** The operations that present a token (ChangePassword, GetUser, the refresh flows, RevokeToken, ...). */
  public TokenOperations tokenOperations() {
    return tokenOperations;
  }

  /** The attribute-verification operations. */
  public VerificationService verifications() {
    return verifications;
  }

  /** CreateUserPool's and UpdateUserPool's SignInPolicy (choice-based sign-in's first factors), over the same pools. */
  public SignInPolicyOperations signInPolicies() {
    return signInPolicies;
  }

  /** The MFA operations (pool configuration, software tokens, preferences), over the same store and tokens. */
  public MfaService mfa() {
    return mfa;
  }

  /** The passkey operations (registration, the credential list, the WEB_AUTHN sign-in), over the same pools and tokens. */
  public WebAuthnService webAuthn() {
    return webAuthn;
  }

  /** Device tracking: the pools' DeviceConfiguration, NewDeviceMetadata and the device operations. */
  public DeviceService devices() {
    return devices;
  }

  /** The operation that changes a pool's schema (AddCustomAttributes). */
  public SchemaOperations schemaOperations() {
    return schemaOperations;
  }

  /** The OAuth 2.0 services: configuration, the token endpoints and the hosted sign-in. */
  public OAuthServices oauth() {
    return oauth;
  }

  /** The Lambda functions of this process, by ARN, and what they were sent. */
  public LambdaFunctions functions() {
    return functions;
  }

  /** The group operations. */
  public GroupService groupService() {
    return groupService;
  }

  /** The groups and memberships, whichever store holds them: to look inside in assertions. */
  public Groups groups() {
    return groups;
  }

  /** The token registry, whichever store holds it: to look inside in assertions. */
  public TokenFamilies tokenFamilies() {
    return tokenFamilies;
  }

  /**
   * The signer of this Cognito's tokens: by default its keys derive from the seed, so recorded tokens replay; see
   * {@link Builder#signer}. {@code signer().rotate()} rotates its keys.
   */
  public RsaTokenSigner signer() {
    return signer;
  }

  /** The public keys that verify this Cognito's tokens, as {@code /.well-known/jwks.json} serves them. */
  public String jwks() {
    return signer.jwks();
  }

  /** The {@code iss} of {@code pool}'s tokens. */
  public Issuer issuer(UserPoolId pool) {
    return issuer.apply(pool);
  }

  /**
   * The next request id, shaped as Cognito's (a UUID) and counted, so a test replays them: the one source
   * every front end of this Cognito (the in-process SDK client, the local endpoint) takes its ids from, so
   * no two answers share one. Padded by hand: a {@code String.format} here cost more than the operation it
   * answered.
   */
  public String nextRequestId() {
    String hex = Long.toHexString(requests.incrementAndGet());
    return "00000000-0000-4000-a000-" + "000000000000".substring(Math.min(hex.length(), 12)) + hex;
  }

  /** The seed, to replay a failing test. */
  public long seed() {
    return seed;
  }

  /**
   * The hasher the service uses, for fixtures that write users straight to the store (statuses the
   * API cannot produce) so their hashes verify like the service's own.
   */
  public PasswordHasher hasher() {
    return hasher;
  }
}
