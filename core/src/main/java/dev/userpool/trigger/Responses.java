package dev.userpool.trigger;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Reading a function's answer: its {@code response} object, and members of the types the triggers' pages give; a
 * member of another type makes the answer invalid ({@code InvalidLambdaResponseException}). An absent or
 * {@code null} member is the default.
 */
final class Responses {

  private Responses() {}

  /** The answer's {@code response}: an object, or {@code null}/absent for an empty one. */
  static Either<TriggerFailure, Json.Obj> response(Json answer) {
    if (!(answer instanceof Json.Obj o)) {
      return Either.left(TriggerFailure.invalidResponse());
    }
    return object(o, "response").map(r -> r.getOrElse(Json.Obj.empty()));
  }

  /** An object member, if present and not null. */
  static Either<TriggerFailure, Option<Json.Obj>> object(Json.Obj o, String name) {
    Option<Json> value = o.get(name).filter(v -> !(v instanceof Json.Null));
    if (value.isEmpty()) {
      return Either.right(Option.none());
    }
    return value.get() instanceof Json.Obj member ? Either.right(Option.some(member)) : Either.left(TriggerFailure.invalidResponse());
  }

  /** A boolean member; absent or null is false. */
  static Either<TriggerFailure, Boolean> flag(Json.Obj o, String name) {
    Option<Json> value = o.get(name).filter(v -> !(v instanceof Json.Null));
    if (value.isEmpty()) {
      return Either.right(false);
    }
    return value.get() instanceof Json.Bool b ? Either.right(b.value()) : Either.left(TriggerFailure.invalidResponse());
  }

  /** A string member, if present and not null. */
  static Either<TriggerFailure, Option<String>> text(Json.Obj o, String name) {
    Option<Json> value = o.get(name).filter(v -> !(v instanceof Json.Null));
    if (value.isEmpty()) {
      return Either.right(Option.none());
    }
    return value.get() instanceof Json.Text t ? Either.right(Option.some(t.value())) : Either.left(TriggerFailure.invalidResponse());
  }

  /** A member that is an array of strings; absent or null is empty. */
  static Either<TriggerFailure, Seq<String>> texts(Json.Obj o, String name) {
    Option<Json> value = o.get(name).filter(v -> !(v instanceof Json.Null));
    if (value.isEmpty()) {
      return Either.right(List.empty());
    }
    if (!(value.get() instanceof Json.Arr a) || !a.items().forAll(Json.Text.class::isInstance)) {
      return Either.left(TriggerFailure.invalidResponse());
    }
    return Either.right(a.items().map(i -> ((Json.Text) i).value()));
  }

  /** A member that is an object of any values; absent or null is empty. */
  static Either<TriggerFailure, Map<String, Json>> members(Json.Obj o, String name) {
    return object(o, name).map(m -> m.map(Json.Obj::members).getOrElse(LinkedHashMap.empty()));
  }
}
