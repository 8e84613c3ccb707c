package dev.userpool.user;

import dev.userpool.pool.ContactAttribute;
import java.util.Objects;

/**
 * Where a code or invitation goes: the channel and the address. {@link #maskedDestination()} is what
 * Cognito's {@code CodeDeliveryDetails} shows; {@link #toString()} shows only that.
 */
public record CodeDelivery(ContactAttribute channel, String destination) {

  public CodeDelivery {
    Objects.requireNonNull(channel, "channel is null");
    Objects.requireNonNull(destination, "destination is null");
  }

  /** {@code EMAIL} or {@code SMS}, as {@code DeliveryMediumType} spells it. */
  public String deliveryMedium() {
    return channel == ContactAttribute.EMAIL ? "EMAIL" : "SMS";
  }

  /**
   * The destination as {@code CodeDeliveryDetails} shows it: an email as {@code j***@e***} (first
   * letter of the local part and of the domain), a phone number as {@code +*******1234}.
   */
  public String maskedDestination() {
    if (channel == ContactAttribute.EMAIL) {
      int at = destination.indexOf('@');
      String local = at > 0 ? destination.substring(0, 1) : "";
      String domain = at >= 0 && at + 1 < destination.length() ? destination.substring(at + 1, at + 2) : "";
      return local + "***@" + domain + "***";
    }
    int keep = Math.min(4, destination.length());
    return "+" + "*".repeat(Math.max(0, destination.length() - keep - 1)) + destination.substring(destination.length() - keep);
  }

  @Override
  public String toString() {
    return "CodeDelivery[" + channel + ", " + maskedDestination() + "]";
  }
}
