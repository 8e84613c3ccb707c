package dev.userpool.service;

import dev.userpool.device.Device;
import dev.userpool.device.DeviceStatus;
import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.ResourceNotFound;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.error.DeviceRefused;
import dev.userpool.error.Operation;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Randomness;
import dev.userpool.pool.DeviceConfiguration;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Devices;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Device tracking (AWS developer guide, "Working with user devices in your user pool"): the pool's DeviceConfiguration on
 * CreateUserPool and UpdateUserPool, the device a sign-in issues ({@link #issue}: NewDeviceMetadata), ConfirmDevice,
 * GetDevice, ListDevices, UpdateDeviceStatus and ForgetDevice by access token, and AdminGetDevice, AdminListDevices,
 * AdminUpdateDeviceStatus and AdminForgetDevice. The rules are {@code dev.userpool.device}'s; this service checks the
 * members' shapes, finds the pool and user, and reads and writes the {@link Devices} port.
 */
public final class DeviceService {

  /** ListDevices' and AdminListDevices' Limit: 0 to {@value} (the model's QueryLimitType); absent is {@value}. */
  public static final int MAX_LIMIT = 60;

  static final StringMember DEVICE_KEY = StringMember.plain("deviceKey").length(1, 55).pattern(Device.KEY_PATTERN);
  static final StringMember DEVICE_NAME = StringMember.plain("deviceName").length(1, Device.MAX_NAME);
  private static final Map<String, DeviceStatus> STATUSES = LinkedHashMap.of("remembered", DeviceStatus.REMEMBERED, "not_remembered",
      DeviceStatus.NOT_REMEMBERED);
  private static final int ATTEMPTS = 5;

  private final TokenService tokens;
  private final UserPools pools;
  private final Devices devices;
  private final Randomness randomness;
  private final Clock clock;
  private final Guard guard;

  /**
   * The device operations over {@code pools}' users, by {@code tokens}' access tokens.
   *
   * @throws NullPointerException if an argument is null
   */
  public DeviceService(TokenService tokens, UserPools pools, Devices devices, Randomness randomness, Clock clock, RateLimits rateLimits) {
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.devices = Objects.requireNonNull(devices, "devices is null");
    this.randomness = Objects.requireNonNull(randomness, "randomness is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /** The device store this service reads and writes. */
  public Devices devices() {
    return devices;
  }

  // -- the pool's DeviceConfiguration

  /** CreateUserPool with its DeviceConfiguration: the pool {@code create} makes, then given the configuration. */
  public Either<CognitoError, UserPool> createUserPool(Supplier<Either<CognitoError, UserPool>> create,
      Option<DeviceConfiguration> configuration) {
    return create.get().flatMap(pool -> configuration.isEmpty() ? Either.right(pool) : configure(pool.id(), configuration));
  }

  /**
   * UpdateUserPool with its DeviceConfiguration: as for every member UpdateUserPool leaves out, an absent
   * DeviceConfiguration goes back to its default (none: devices are no longer tracked; those tracked stay).
   */
  public Either<CognitoError, UserPool> updateUserPool(Supplier<Either<CognitoError, UserPool>> update,
      Option<DeviceConfiguration> configuration) {
    return update.get().flatMap(pool -> pool.deviceConfiguration().equals(configuration)
        ? Either.right(pool)
        : configure(pool.id(), configuration));
  }

  private Either<CognitoError, UserPool> configure(UserPoolId id, Option<DeviceConfiguration> configuration) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Option<UserPool> current = pools.find(id);
      if (current.isEmpty()) {
        return Either.left(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, id.value()));
      }
      UserPool next = current.get().withDeviceConfiguration(configuration).withVersion(current.get().version() + 1);
      if (pools.save(next).isRight()) {
        return Either.right(next);
      }
    }
    return Either.left(new CognitoError.InternalError());
  }

  // -- sign-in

  /**
   * The device a sign-in that ends with tokens reports in NewDeviceMetadata: none when the pool tracks no devices, or
   * when {@code deviceKey} (the request's DEVICE_KEY) names one of the user's confirmed devices (whose
   * DeviceLastAuthenticatedDate then moves on); else a new, unconfirmed device of the user's.
   */
  public Option<Device> issue(UserPool pool, User user, Option<String> deviceKey) {
    if (pool.deviceConfiguration().isEmpty()) {
      return Option.none();
    }
    String sub = user.sub().value();
    Option<Device> known = deviceKey.flatMap(key -> devices.find(pool.id(), sub, key)).filter(Device::confirmed);
    if (known.isDefined()) {
      devices.save(pool.id(), known.get().authenticated(clock.instant()));
      return Option.none();
    }
    String region = pool.id().value().substring(0, pool.id().value().indexOf('_'));
    Device issued = Device.issued(region, sub, randomness.bytes(16), randomness.bytes(9), clock.instant());
    devices.save(pool.id(), issued);
    return Option.some(issued);
  }

  // -- by access token

  /**
   * ConfirmDevice: the token's user's device issued with this key gets its verifier, salt and name, and is remembered
   * unless the pool's DeviceOnlyRememberedOnUserPrompt leaves it to the user; the answer is UserConfirmationNecessary.
   */
  public Either<CognitoError, Boolean> confirmDevice(String accessToken, String deviceKey, String passwordVerifier, String salt,
      String deviceName) {
    return guard.run(Operation.CONFIRM_DEVICE, () -> valid(Members.flat(Validation.combine(Members.string(Members.ACCESS_TOKEN,
        accessToken), Members.string(DEVICE_KEY, deviceKey), Members.optionalString(DEVICE_NAME, deviceName)).ap((t, k, n) -> n)))
        .flatMap(name -> tokens.authorize(accessToken).flatMap(owner -> {
          UserPool pool = owner._1;
          Option<Device> found = devices.find(pool.id(), owner._2.sub().value(), deviceKey).filter(d -> !d.confirmed());
          if (found.isEmpty() || pool.deviceConfiguration().isEmpty() || passwordVerifier == null || salt == null) {
            return Either.left(new DeviceRefused(DeviceRefused.Reason.INVALID_DEVICE_KEY));
          }
          DeviceConfiguration config = pool.deviceConfiguration().get();
          devices.save(pool.id(), found.get().confirm(config, passwordVerifier, salt, name, clock.instant()));
          return Either.right(Device.userConfirmationNecessary(config));
        })));
  }

  /** GetDevice: the token's user's confirmed device with this key. */
  public Either<CognitoError, Device> getDevice(String accessToken, String deviceKey) {
    return guard.run(Operation.GET_DEVICE, () -> byToken(accessToken, deviceKey).flatMap(o -> confirmed(o._1, o._2, deviceKey)));
  }

  /** UpdateDeviceStatus: the token's user's confirmed device remembered or not. */
  public Either<CognitoError, Device> updateDeviceStatus(String accessToken, String deviceKey, String status) {
    return guard.run(Operation.UPDATE_DEVICE_STATUS, () -> byToken(accessToken, deviceKey).flatMap(o -> status(status)
        .flatMap(next -> setStatus(o._1, o._2, deviceKey, next))));
  }

  /** ForgetDevice: the token's user's device with this key is deleted. */
  public Either<CognitoError, Device> forgetDevice(String accessToken, String deviceKey) {
    return guard.run(Operation.FORGET_DEVICE, () -> byToken(accessToken, deviceKey).flatMap(o -> forget(o._1, o._2, deviceKey)));
  }

  /** A page of ListDevices or AdminListDevices. */
  public record Page(Seq<Device> devices, Option<String> paginationToken) {}

  /**
   * ListDevices: the token's user's confirmed devices, oldest first, Limit (0..{@value #MAX_LIMIT}, absent:
   * {@value #MAX_LIMIT}) at a time; PaginationToken names the last one given.
   */
  public Either<CognitoError, Page> listDevices(String accessToken, Integer limit, String paginationToken) {
    return guard.run(Operation.LIST_DEVICES, () -> valid(Members.flat(Validation.combine(Members.string(Members.ACCESS_TOKEN,
        accessToken), Members.range("limit", limit, 0, MAX_LIMIT), Members.optionalString(Members.PAGINATION_TOKEN, paginationToken))
        .ap((t, n, p) -> n.getOrElse(MAX_LIMIT))))
        .flatMap(n -> PageToken.decode(paginationToken, Device::isCursor).flatMap(after -> tokens.authorize(accessToken)
            .map(owner -> page(devices.list(owner._1.id(), owner._2.sub().value()), n, after)))));
  }

  // -- admin

  /** AdminGetDevice: the user's confirmed device with this key (an unknown user's device does not exist). */
  public Either<CognitoError, Device> adminGetDevice(String userPoolId, String username, String deviceKey) {
    return guard.run(Operation.ADMIN_GET_DEVICE, () -> byName(userPoolId, username, deviceKey,
        new DeviceRefused(DeviceRefused.Reason.DEVICE_NOT_FOUND)).flatMap(o -> confirmed(o._1, o._2, deviceKey)));
  }

  /** AdminUpdateDeviceStatus: the user's confirmed device remembered or not. */
  public Either<CognitoError, Device> adminUpdateDeviceStatus(String userPoolId, String username, String deviceKey, String status) {
    return guard.run(Operation.ADMIN_UPDATE_DEVICE_STATUS, () -> byName(userPoolId, username, deviceKey, userNotFound())
        .flatMap(o -> status(status).flatMap(next -> setStatus(o._1, o._2, deviceKey, next))));
  }

  /** AdminForgetDevice: the user's device with this key is deleted. */
  public Either<CognitoError, Device> adminForgetDevice(String userPoolId, String username, String deviceKey) {
    return guard.run(Operation.ADMIN_FORGET_DEVICE, () -> byName(userPoolId, username, deviceKey, userNotFound())
        .flatMap(o -> forget(o._1, o._2, deviceKey)));
  }

  /** AdminListDevices: as {@link #listDevices}, for a user by name (an unknown user: ResourceNotFoundException). */
  public Either<CognitoError, Page> adminListDevices(String userPoolId, String username, Integer limit, String paginationToken) {
    return guard.run(Operation.ADMIN_LIST_DEVICES, () -> valid(Members.flat(Validation.combine(Members.string(UserPoolId.MEMBER,
        userPoolId), Members.string(Username.MEMBER, username), Members.range("limit", limit, 0, MAX_LIMIT),
        Members.optionalString(Members.PAGINATION_TOKEN, paginationToken)).ap((p, u, n, t) -> n.getOrElse(MAX_LIMIT))))
        .flatMap(n -> PageToken.decode(paginationToken, Device::isCursor).flatMap(after -> user(userPoolId, username,
            new DeviceRefused(DeviceRefused.Reason.USER_NOT_FOUND)).map(
                o -> page(devices.list(o._1.id(), o._2.sub().value()), n,
                    after)))));
  }

  // --

  private Either<CognitoError, Tuple2<UserPool, User>> byToken(String accessToken, String deviceKey) {
    return valid(Members.flat(Validation.combine(Members.string(Members.ACCESS_TOKEN, accessToken), Members.string(DEVICE_KEY,
        deviceKey)).ap((t, k) -> k))).flatMap(k -> tokens.authorize(accessToken));
  }

  private Either<CognitoError, Tuple2<UserPool, User>> byName(String userPoolId, String username, String deviceKey,
      CognitoError whenMissing) {
    return valid(Members.flat(Validation.combine(Members.string(UserPoolId.MEMBER, userPoolId), Members.string(Username.MEMBER,
        username), Members.string(DEVICE_KEY, deviceKey)).ap((p, u, k) -> k))).flatMap(k -> user(userPoolId, username, whenMissing));
  }

  private Either<CognitoError, Tuple2<UserPool, User>> user(String userPoolId, String username, CognitoError whenMissing) {
    UserPoolId id = new UserPoolId(userPoolId);
    Option<UserPool> pool = pools.find(id);
    if (pool.isEmpty()) {
      return Either.left(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, userPoolId));
    }
    for (LookupKey key : Naming.of(pool.get()).candidates(username)) {
      Option<User> found = pools.users(id).find(key);
      if (found.isDefined()) {
        return Either.right(Tuple.of(pool.get(), found.get()));
      }
    }
    return Either.left(whenMissing);
  }

  private Either<CognitoError, Device> confirmed(UserPool pool, User user, String deviceKey) {
    return devices.find(pool.id(), user.sub().value(), deviceKey).filter(Device::confirmed)
        .toEither(() -> new DeviceRefused(DeviceRefused.Reason.DEVICE_NOT_FOUND));
  }

  private Either<CognitoError, Device> setStatus(UserPool pool, User user, String deviceKey, DeviceStatus next) {
    return confirmed(pool, user, deviceKey).map(d -> {
      Device changed = d.withStatus(next, clock.instant());
      devices.save(pool.id(), changed);
      return changed;
    });
  }

  private Either<CognitoError, Device> forget(UserPool pool, User user, String deviceKey) {
    return confirmed(pool, user, deviceKey).flatMap(d -> devices.delete(pool.id(), user.sub().value(), deviceKey)
        ? Either.right(d)
        : Either.left(new DeviceRefused(DeviceRefused.Reason.DEVICE_NOT_FOUND)));
  }

  private static Either<CognitoError, DeviceStatus> status(String status) {
    return valid(Members.optionalEnum("deviceRememberedStatus", status, STATUSES))
        .flatMap(s -> s.toEither(() -> new DeviceRefused(DeviceRefused.Reason.INVALID_STATUS)));
  }

  private static CognitoError userNotFound() {
    return new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST);
  }

  private static Page page(Seq<Device> all, int limit, Option<String> after) {
    Seq<Device> confirmed = all.filter(Device::confirmed);
    Seq<Device> rest = after.isEmpty() ? confirmed : confirmed.dropWhile(d -> d.cursor().compareTo(after.get()) <= 0);
    Seq<Device> page = rest.take(limit);
    boolean more = rest.size() > page.size() && !page.isEmpty();
    return new Page(page, more ? Option.some(PageToken.encode(page.last().cursor())) : Option.none());
  }

  private static <T> Either<CognitoError, T> valid(Validation<? extends Seq<ParameterViolation>, T> v) {
    return v.toEither().mapLeft(violations -> new CognitoError.RequestInvalid(List.ofAll(violations)));
  }

  @Override
  public String toString() {
    return "DeviceService";
  }
}
