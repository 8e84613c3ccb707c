package dev.userpool.token;

import io.vavr.collection.Seq;
import java.util.Objects;

/** The value of one claim, in the JSON type Cognito gives it: a string, a number, a boolean or a list of strings. */
public sealed interface ClaimValue permits ClaimValue.Text, ClaimValue.Number, ClaimValue.Flag, ClaimValue.Texts {

  /** A JSON string. */
  record Text(String value) implements ClaimValue {
    public Text {
      Objects.requireNonNull(value, "value is null");
    }
  }

  /** A JSON number: times in seconds since the epoch, for example. */
  record Number(long value) implements ClaimValue {}

  /** A JSON boolean: {@code email_verified}, {@code phone_number_verified}. */
  record Flag(boolean value) implements ClaimValue {}

  /** A JSON array of strings: {@code cognito:groups}, {@code cognito:roles}. */
  record Texts(Seq<String> values) implements ClaimValue {
    public Texts {
      Objects.requireNonNull(values, "values is null");
    }
  }
}
