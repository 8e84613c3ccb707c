package dev.userpool.user;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.ContactAttribute;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A user's attributes, by name: Cognito's standard attributes and {@code custom:} ones. {@code sub} is
 * not among them (it is {@link User#sub()}); verification is the {@code email_verified} and
 * {@code phone_number_verified} attributes, true when their value is {@code true}.
 *
 * <p>Attribute values are sensitive: {@link #toString()} shows names only.
 */
public final class Attributes {

  /** Cognito's standard attribute names, {@code sub} included (it may be read, never set). */
  public static final Set<String> STANDARD = HashSet.of(
      "address", "birthdate", "email", "email_verified", "family_name", "gender", "given_name", "locale",
      "middle_name", "name", "nickname", "phone_number", "phone_number_verified", "picture",
      "preferred_username", "profile", "sub", "updated_at", "website", "zoneinfo");

  /** Constraints of an attribute name ({@code AttributeNameType}). */
  public static final StringMember NAME = StringMember.plain("name").length(1, 32).pattern(Username.PATTERN);

  /** Constraints of an attribute value ({@code AttributeValueType}). */
  public static final StringMember VALUE = StringMember.sensitive("value").length(0, 2048);

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[0-9]{4,15}");
  private static final Attributes EMPTY = new Attributes(TreeMap.empty());

  private final SortedMap<String, String> values;

  private Attributes(SortedMap<String, String> values) {
    this.values = values;
  }

  // -- static API

  /** No attributes. */
  public static Attributes empty() {
    return EMPTY;
  }

  /**
   * Attributes from trusted name-value pairs (a later pair with the same name wins).
   *
   * @throws NullPointerException if a name or value is null
   */
  public static Attributes of(Seq<Tuple2<String, String>> pairs) {
    SortedMap<String, String> map = TreeMap.empty();
    for (Tuple2<String, String> p : pairs) {
      map = map.put(Objects.requireNonNull(p._1, "name is null"), Objects.requireNonNull(p._2, "value is null"));
    }
    return new Attributes(map);
  }

  /**
   * Attributes from a request's list member (for example {@code userAttributes}): first every shape
   * violation of every name and value, worded as AWS words list members
   * ({@code userAttributes.1.member.value}); then the first attribute that is {@code sub}, or a malformed email or
   * phone number. Whether the pool's schema has the names is the schema's to say ({@code AttributeCheck}).
   */
  public static Either<CognitoError, Attributes> parse(String member, Seq<Tuple2<String, String>> pairs) {
    if (pairs == null) {
      return Either.right(EMPTY);
    }
    Seq<ParameterViolation> shape = shapeViolations(member, pairs);
    if (!shape.isEmpty()) {
      return Either.left(new CognitoError.RequestInvalid(shape));
    }
    for (Tuple2<String, String> p : pairs) {
      String name = p._1;
      String value = p._2 == null ? "" : p._2;
      if (name.equals("sub")) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.IMMUTABLE_ATTRIBUTE, name));
      }
      if (name.equals("email") && !EMAIL.matcher(value).matches()) {
        return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_EMAIL));
      }
      if (name.equals("phone_number") && !PHONE_NUMBER.matcher(value).matches()) {
        return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_PHONE_NUMBER));
      }
    }
    return Either.right(of(pairs.map(p -> new Tuple2<>(p._1, p._2 == null ? "" : p._2))));
  }

  /**
   * Every shape violation of the names and values of a request's list member, worded as AWS words list members
   * ({@code userAttributes.1.member.name}); empty when every name and value has its shape. AWS checks these with the
   * request's other members, before anything is looked up.
   */
  public static Seq<ParameterViolation> shapeViolations(String member, Seq<Tuple2<String, String>> pairs) {
    return pairs.zipWithIndex().flatMap(p -> {
      String prefix = member + "." + (p._2 + 1) + ".member.";
      return NAME.named(prefix + "name").check(p._1 == null ? null : p._1._1)
          .appendAll(VALUE.named(prefix + "value").checkIfPresent(p._1 == null ? null : p._1._2));
    });
  }

  /** Whether {@code value} has the shape of an email, as the {@code email} attribute must. */
  public static boolean isEmail(String value) {
    return EMAIL.matcher(value).matches();
  }

  /** Whether {@code value} has the shape of a phone number in E.164 form, as {@code phone_number} must. */
  public static boolean isPhoneNumber(String value) {
    return PHONE_NUMBER.matcher(value).matches();
  }

  // -- queries

  /** The value of {@code name}, if set. */
  public Option<String> get(String name) {
    return values.get(name);
  }

  /** The contact attribute's value, if set. */
  public Option<String> contact(ContactAttribute contact) {
    return get(contact.attributeName());
  }

  /** Whether the contact attribute is set and verified. */
  public boolean isVerified(ContactAttribute contact) {
    return contact(contact).isDefined() && get(contact.verifiedName()).exists("true"::equalsIgnoreCase);
  }

  /** The first verified contact, email before phone number. */
  public Option<CodeDelivery> verifiedContact() {
    return Option.ofOptional(Stream.of(ContactAttribute.values())
        .filter(this::isVerified)
        .findFirst())
        .map(c -> new CodeDelivery(c, contact(c).get()));
  }

  /** Every attribute, by name. */
  public SortedMap<String, String> asMap() {
    return values;
  }

  /** The number of attributes. */
  public int size() {
    return values.size();
  }

  // -- changes

  /** These attributes with {@code name} set to {@code value}. */
  public Attributes with(String name, String value) {
    return new Attributes(values.put(Objects.requireNonNull(name, "name is null"), Objects.requireNonNull(value, "value is null")));
  }

  /** These attributes without {@code name}. */
  public Attributes without(String name) {
    return new Attributes(values.remove(Objects.requireNonNull(name, "name is null")));
  }

  /** These attributes with every attribute of {@code other} set over them. */
  public Attributes withAll(Attributes other) {
    return new Attributes(values.merge(other.values, (mine, theirs) -> theirs));
  }

  /** These attributes with the contact marked verified. */
  public Attributes verified(ContactAttribute contact) {
    return with(contact.verifiedName(), "true");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attributes other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Attributes" + values.keySet().mkString("[", ", ", "]");
  }
}
