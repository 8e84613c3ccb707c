package dev.userpool.srp;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code TIMESTAMP} of a {@code PASSWORD_VERIFIER} answer: {@value #PATTERN} in English, UTC, the day of
 * the month not padded ({@code Tue Mar 5 09:07:03 UTC 2024}), as amazon-cognito-identity-js
 * {@code DateHelper.getNowString} writes it. Only that exact spelling is accepted: Cognito refuses a padded
 * day ({@code Mar 05}: qwigo/warrant#12) and a weekday that does not match the date (measured in
 * ministackorg/ministack#1758), both as a wrong password.
 */
public final class SrpTimestamp {

  /** The format, in {@link DateTimeFormatter} letters. */
  public static final String PATTERN = "EEE MMM d HH:mm:ss 'UTC' uuuu";

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN, Locale.ENGLISH)
      .withZone(ZoneOffset.UTC)
      .withResolverStyle(ResolverStyle.STRICT);

  private SrpTimestamp() {}

  /**
   * The instant a timestamp names, or empty unless {@code text} is exactly how the clients write that
   * instant (so no padded day, no other case, no wrong weekday, no extra spaces).
   */
  public static Option<Instant> parse(String text) {
    if (text == null || text.length() > 64) {
      return Option.none();
    }
    try {
      Instant instant = FORMAT.parse(text, Instant::from);
      return FORMAT.format(instant).equals(text) ? Option.some(instant) : Option.none();
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }

  /**
   * How the clients write {@code instant} (to the second).
   *
   * @throws NullPointerException if {@code instant} is null
   */
  public static String format(Instant instant) {
    return FORMAT.format(Objects.requireNonNull(instant, "instant is null"));
  }
}
