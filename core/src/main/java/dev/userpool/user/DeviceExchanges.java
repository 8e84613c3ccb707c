package dev.userpool.user;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a device's SRP exchange (DEVICE_SRP_AUTH's answer, proved by DEVICE_PASSWORD_VERIFIER) is kept between the two
 * round trips: in the user's {@link User#srpExchange()}, the slot of USER_SRP_AUTH's exchange, which the first factor has
 * used up by then. Only the latest exchange is valid either way, and a store keeps it with the user, so an exchange opened
 * on one node is answered on another. A PASSWORD_VERIFIER answer against a device's exchange fails (the server's value was
 * made from the device's verifier, not the password's).
 */
public final class DeviceExchanges {

  private DeviceExchanges() {}

  /**
   * {@code user} (as a decision left it, its version already moved on) with {@code exchange} open, or none (closed).
   *
   * @throws NullPointerException if an argument is null
   */
  public static User withDeviceExchange(User user, Option<SrpExchange> exchange) {
    Objects.requireNonNull(user, "user is null");
    return user.withSrpExchange(Objects.requireNonNull(exchange, "exchange is null"));
  }
}
