package dev.userpool.pool;

import dev.userpool.parameter.ParameterViolation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A user pool's tags ({@code UserPoolTags}): keys of {@value #MAX_KEY} characters at most (at least one), values of
 * {@value #MAX_VALUE} at most, and {@value #MAX_TAGS} tags a pool (AWS API reference, TagResource: "A user pool can have
 * as many as 50 tags"; the model's TagKeysType and TagValueType). TagResource adds or replaces tags, UntagResource removes
 * keys (a key the pool lacks is no error), so a tag then an untag of the same new keys gives back the tags there were.
 */
public final class PoolTags {

  /** The most tags a pool holds. */
  public static final int MAX_TAGS = 50;
  /** {@code TagKeysType}'s longest key. */
  public static final int MAX_KEY = 128;
  /** {@code TagValueType}'s longest value. */
  public static final int MAX_VALUE = 256;

  private PoolTags() {}

  /** The tags after TagResource: {@code current} with {@code added} put in (a key given again takes the new value). */
  public static Map<String, String> tag(Map<String, String> current, Map<String, String> added) {
    return Objects.requireNonNull(current, "current is null").merge(Objects.requireNonNull(added, "added is null"), (a, b) -> b);
  }

  /** The tags after UntagResource: {@code current} without {@code keys}. */
  public static Map<String, String> untag(Map<String, String> current, Seq<String> keys) {
    return Objects.requireNonNull(current, "current is null").removeAll(Objects.requireNonNull(keys, "keys is null"));
  }

  /** Whether {@code tags} are more than a pool holds. */
  public static boolean tooMany(Map<String, String> tags) {
    return tags.size() > MAX_TAGS;
  }

  /**
   * The map member's violations, keys' then values', each naming {@code member} and showing the map whole, as
   * CreateUserPool's UserPoolTags; none for a null map (absent).
   */
  public static Seq<ParameterViolation> violations(String member, java.util.Map<String, String> tags) {
    if (tags == null) {
      return List.empty();
    }
    Option<String> shown = Option.some(tags.toString());
    boolean badKey = tags.keySet().stream().anyMatch(k -> k == null || k.isEmpty() || k.length() > MAX_KEY);
    boolean badValue = tags.values().stream().anyMatch(v -> v != null && v.length() > MAX_VALUE);
    return List.<ParameterViolation>of(new ParameterViolation.MapEntries(member, shown, true, 1, MAX_KEY),
        new ParameterViolation.MapEntries(member, shown, false, 0, MAX_VALUE))
        .filter(v -> ((ParameterViolation.MapEntries) v).keys() ? badKey : badValue);
  }

  /** The map as given, in its order, without null values (a null value is an empty one). */
  public static Map<String, String> of(java.util.Map<String, String> tags) {
    return LinkedHashMap.ofAll(tags).mapValues(v -> v == null ? "" : v);
  }
}
