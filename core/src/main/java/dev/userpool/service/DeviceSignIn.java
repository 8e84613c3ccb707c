package dev.userpool.service;

import dev.userpool.device.Device;
import dev.userpool.device.DeviceAuthentication;
import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.DeviceRefused;
import dev.userpool.error.Operation;
import dev.userpool.mfa.MfaChallenge;
import dev.userpool.mfa.MfaSession;
import dev.userpool.mfa.MfaStep;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.port.Devices;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.user.Authentication;
import dev.userpool.user.Context;
import dev.userpool.user.DeviceExchanges;
import dev.userpool.user.Session;
import dev.userpool.user.SrpExchange;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;

/**
 * Device authentication in sign-in (AWS developer guide, "Working with user devices in your user pool", "Signing in with
 * a device"): after a first factor whose request named a remembered device ({@link DeviceAuthentication#challenges}),
 * DEVICE_SRP_AUTH in place of MFA; its answer (USERNAME, DEVICE_KEY, SRP_A) opens an SRP exchange against the device's
 * verifier and gets DEVICE_PASSWORD_VERIFIER (SALT, SECRET_BLOCK, SRP_B, USERNAME, DEVICE_KEY); its answer (USERNAME,
 * DEVICE_KEY, PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP) proves the device's secret and gets the
 * tokens. Each answer checks, in order: the members; the secret hash; the session (as {@link MfaSignIn} checks an MFA
 * challenge's: only the latest challenge of that name, once, within the client's AuthSessionValidity; Enabled; the
 * lockout); the device (one of the user's confirmed devices with a verifier, else {@code ResourceNotFoundException:
 * Device does not exist.}); the SRP_A or the proof. A wrong proof is {@code NotAuthorizedException: Incorrect username or
 * password.} and changes nothing (it does not count toward the lockout: the device secret is random, not a password).
 */
final class DeviceSignIn {

  /** No device store: no sign-in is asked for device authentication, and an answer finds no device. */
  static final DeviceSignIn NONE = new DeviceSignIn(null, null);

  private final WriteEngine engine;
  private final Devices devices;

  private DeviceSignIn(WriteEngine engine, Devices devices) {
    this.engine = engine;
    this.devices = devices;
  }

  /** Device authentication over {@code devices} (none: no device is known), writing users through {@code engine}. */
  static DeviceSignIn over(WriteEngine engine, Devices devices) {
    return new DeviceSignIn(Objects.requireNonNull(engine, "engine is null"), devices);
  }

  /** Whether RespondToAuthChallenge's {@code name} is a device challenge this class answers. */
  static boolean answers(ChallengeNameType name) {
    return name == ChallengeNameType.DEVICE_SRP_AUTH || name == ChallengeNameType.DEVICE_PASSWORD_VERIFIER;
  }

  /**
   * The first factor's success as a step: DEVICE_SRP_AUTH when {@code parameters}' DEVICE_KEY names a device that
   * {@link DeviceAuthentication#challenges} asks it of, else what {@link MfaSignIn#afterFirstFactor} says.
   */
  Step<Results.SignIn> afterFirstFactor(User before, Authentication a, UserPool pool, AppClient client, Context ctx,
      Map<String, String> parameters) {
    Option<Device> named = deviceKey(parameters).flatMap(key -> find(pool, before, key));
    return DeviceAuthentication.challenges(pool.deviceConfiguration(), named)
        ? MfaSignIn.issue(before, a.after(), MfaStep.DEVICE_SRP_AUTH, pool, client, ctx)
        : MfaSignIn.afterFirstFactor(before, a, pool, client, ctx);
  }

  /** RespondToAuthChallenge (or its admin form) to DEVICE_SRP_AUTH or DEVICE_PASSWORD_VERIFIER. */
  Either<CognitoError, Results.SignIn> respond(Operation op, UserPool pool, AppClient client, Commands.RespondToAuthChallenge c) {
    Map<String, String> responses = c.challengeResponses();
    boolean proof = c.challengeName() == ChallengeNameType.DEVICE_PASSWORD_VERIFIER;
    Either<CognitoError, String> missing = DeviceAuthentication.challenge(c.challengeName().name()).answer().foldLeft(Either.right(""),
        (ok, name) -> ok.flatMap(x -> SignInFlows.required(
            responses, name)));
    return missing.flatMap(x -> SignInFlows.secretHash(client, responses.get("USERNAME"), responses)).flatMap(ok -> {
      if (c.session().isEmpty()) {
        return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
      }
      if (engine == null) {
        return Either.left(new DeviceRefused(DeviceRefused.Reason.DEVICE_NOT_FOUND));
      }
      MfaStep step = MfaStep.valueOf(c.challengeName().name());
      Session session = c.session().get();
      return engine.write(op, pool, ctx -> engine.existing(pool, responses.get("USERNAME"), ExistenceErrors.of(client)
          .unknownUserAtChallenge())
          .flatMap(user -> MfaSignIn.open(user, step, session, ctx).flatMap(open -> device(pool, user, responses.get("DEVICE_KEY"))
              .flatMap(device -> proof
                  ? prove(user, open, device, session, responses, pool, client, ctx)
                  : exchange(user, device, responses.get("SRP_A"), pool, client, ctx)))));
    });
  }

  /** DEVICE_SRP_AUTH's answer: the exchange opened and DEVICE_PASSWORD_VERIFIER issued with a new session. */
  private static Either<CognitoError, Step<Results.SignIn>> exchange(User user, Device device, String srpA, UserPool pool,
      AppClient client, Context ctx) {
    return DeviceAuthentication.open(device, srpA, ctx.randomness())
        .<CognitoError>mapLeft(refusal -> CognitoError.InvalidParameter.of(CognitoError.InvalidParameter.Reason.INVALID_SRP_A))
        .map(challenge -> {
          Session next = MfaSessions.issue(pool, user, ctx.randomness());
          MfaChallenge issued = new MfaChallenge(MfaStep.DEVICE_PASSWORD_VERIFIER, MfaSession.of(next.reveal()), ctx.now().plus(client
              .sessionValidity()), false);
          User after = DeviceExchanges.withDeviceExchange(user.withMfa(user.mfa().withChallenge(Option.some(issued)), user, Option
              .none(), Option.none()), Option.some(new SrpExchange(challenge, next, issued.expiresAt())));
          return new Step.Save<>(after, Option.none(), new UserEvent.MfaChallengeIssued(user.username(), issued.step().name(), ctx
              .now()), new Results.MfaRequired(pool, after, MfaStep.DEVICE_PASSWORD_VERIFIER, next,
                  DeviceAuthentication.parameters(device,
                      challenge, user.username().value())));
        });
  }

  /** DEVICE_PASSWORD_VERIFIER's answer: the tokens for the right proof; a wrong one changes nothing. */
  private static Either<CognitoError, Step<Results.SignIn>> prove(User user, MfaChallenge open, Device device, Session session,
      Map<String, String> responses, UserPool pool, AppClient client, Context ctx) {
    Option<SrpChallenge> exchange = user.srpExchange().filter(e -> e.session().reveal().equals(session.reveal()))
        .map(SrpExchange::challenge);
    if (exchange.isEmpty()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
    }
    PasswordClaim claim = new PasswordClaim(responses.get("PASSWORD_CLAIM_SIGNATURE"), responses.get("PASSWORD_CLAIM_SECRET_BLOCK"),
        responses.get("TIMESTAMP"));
    if (!DeviceAuthentication.verify(device, exchange.get(), claim)) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD));
    }
    User answered = user.withMfa(user.mfa().withChallenge(Option.some(open.answer())), user, Option.none(), Option.none());
    User after = DeviceExchanges.withDeviceExchange(answered, Option.none());
    return Either.right(new Step.Save<>(after, Option.none(), new UserEvent.SignedIn(user.username(), ctx.now()),
        new Results.Authenticated(pool, client, after)));
  }

  private Either<CognitoError, Device> device(UserPool pool, User user, String deviceKey) {
    return find(pool, user, deviceKey).filter(d -> DeviceAuthentication.verifier(d).isDefined())
        .toEither(() -> new DeviceRefused(DeviceRefused.Reason.DEVICE_NOT_FOUND));
  }

  private Option<Device> find(UserPool pool, User user, String deviceKey) {
    return devices == null ? Option.none() : devices.find(pool.id(), user.sub().value(), deviceKey).filter(Device::confirmed);
  }

  /** The DEVICE_KEY a request names, if any. */
  static Option<String> deviceKey(Map<String, String> parameters) {
    return Option.of(parameters).flatMap(p -> Option.of(p.get("DEVICE_KEY")));
  }

  @Override
  public String toString() {
    return "DeviceSignIn";
  }
}
