package dev.userpool.trigger;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A JSON value, as a trigger's event and response travel: objects keep their members' order. {@link #render()} writes
 * compact JSON; {@link #parse} reads it back (RFC 8259, numbers kept as their text), refusing what is not JSON.
 */
public sealed interface Json permits Json.Text, Json.Num, Json.Bool, Json.Null, Json.Arr, Json.Obj {

  /** A string. */
  record Text(String value) implements Json {
    /**
     * @throws NullPointerException if {@code value} is null
     */
    public Text {
      Objects.requireNonNull(value, "value is null");
    }
  }

  /** A number, as written. */
  record Num(String value) implements Json {
    /**
     * @throws NullPointerException if {@code value} is null
     */
    public Num {
      Objects.requireNonNull(value, "value is null");
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Json {}

  /** {@code null}. */
  record Null() implements Json {}

  /** An array. */
  record Arr(Seq<Json> items) implements Json {
    /**
     * @throws NullPointerException if {@code items} is null
     */
    public Arr {
      Objects.requireNonNull(items, "items is null");
    }
  }

  /** An object, its members in order. */
  record Obj(Map<String, Json> members) implements Json {
    /**
     * @throws NullPointerException if {@code members} is null
     */
    public Obj {
      Objects.requireNonNull(members, "members is null");
    }

    /** An empty object. */
    public static Obj empty() {
      return new Obj(LinkedHashMap.empty());
    }

    /** This object with {@code name} set to {@code value} (in place if present, else last). */
    public Obj with(String name, Json value) {
      return new Obj(members.put(name, value));
    }

    /** The member {@code name}, if present. */
    public Option<Json> get(String name) {
      return members.get(name);
    }
  }

  /** A string. */
  static Json text(String value) {
    return new Text(value);
  }

  /** A string or {@code null}. */
  static Json textOrNull(Option<String> value) {
    return value.<Json>map(Text::new).getOrElse(new Null());
  }

  /** An array of strings. */
  static Json texts(Iterable<String> values) {
    return new Arr(List.ofAll(values).map(Text::new));
  }

  /** An object of string members, in the map's order. */
  static Obj strings(Map<String, String> values) {
    return new Obj(values.mapValues(Text::new));
  }

  /** A boolean. */
  static Json bool(boolean value) {
    return new Bool(value);
  }

  /** Compact JSON. */
  default String render() {
    StringBuilder out = new StringBuilder();
    JsonText.write(this, out);
    return out.toString();
  }

  /** The value of a JSON text, or what is wrong with it. */
  static Either<String, Json> parse(String text) {
    return JsonText.read(text);
  }
}
