package dev.userpool.testkit.endpoint;

import io.netty.handler.codec.DateFormatter;
import java.time.Clock;
import java.util.Date;

/** The {@code Date} header on the Cognito's clock (as the tokens' {@code iat} is), formatted once a second, not once an answer. */
final class HttpDates {

  private final Clock clock;
  private volatile Stamp last;

  HttpDates(Clock clock) {
    this.clock = clock;
  }

  String now() {
    long second = clock.instant().getEpochSecond();
    Stamp stamp = last;
    if (stamp == null || stamp.second() != second) {
      stamp = new Stamp(second, DateFormatter.format(new Date(second * 1000)));
      last = stamp;
    }
    return stamp.text();
  }

  /** A second and its header. */
  private record Stamp(long second, String text) {}
}
