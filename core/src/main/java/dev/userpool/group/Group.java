package dev.userpool.group;

import dev.userpool.parameter.StringMember;
import dev.userpool.password.DomainStyle;
import dev.userpool.pool.UserPoolId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A group of a user pool. Mirrors {@code GroupType}: name, description, IAM role ARN, precedence and
 * dates; and a version for optimistic concurrency in stores, as users and pools have.
 *
 * <p>Precedence is a non-negative number or absent; a lower number wins, and an absent one loses to
 * every number (AWS's {@code Precedence} documentation). It orders the user's groups in the
 * {@code cognito:groups} claim ({@link #BY_PRECEDENCE}) and picks {@code cognito:preferred_role}
 * ({@link #preferredRole}).
 */
@Value.Immutable
@DomainStyle
public abstract class Group {

  /** The {@code description} member ({@code DescriptionType}, 0..2048). */
  public static final StringMember DESCRIPTION = StringMember.plain("description").length(0, 2048);

  /** The pattern of a role ARN ({@code ArnType}). */
  public static final String ARN_PATTERN = "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:"
      + "[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";

  /** The {@code roleArn} member ({@code ArnType}, 20..2048). */
  public static final StringMember ROLE_ARN = StringMember.plain("roleArn").length(20, 2048).pattern(ARN_PATTERN);

  /**
   * Groups in the order of {@code cognito:groups}: by precedence, lowest number first, groups without
   * one last; equal precedence by name (the library's choice: AWS gives no order among equals).
   */
  public static final Comparator<Group> BY_PRECEDENCE = Comparator
      .comparing((Group g) -> g.precedence().isEmpty())
      .thenComparing(g -> g.precedence().getOrElse(0))
      .thenComparing(Group::name);

  Group() {}

  /** The pool the group belongs to. */
  public abstract UserPoolId poolId();

  /** The group's name, unique in its pool. */
  public abstract GroupName name();

  /** {@code Description}. */
  @Value.Default
  public Option<String> description() {
    return Option.none();
  }

  /** {@code RoleArn}: the IAM role of the group's members. */
  @Value.Default
  public Option<String> roleArn() {
    return Option.none();
  }

  /** {@code Precedence}: 0 is the highest; absent is below every number. */
  @Value.Default
  public Option<Integer> precedence() {
    return Option.none();
  }

  /** {@code CreationDate}. */
  public abstract Instant creationDate();

  /** {@code LastModifiedDate}. */
  public abstract Instant lastModifiedDate();

  /** The stored version: 1 when created, one more after each change. */
  @Value.Default
  public long version() {
    return 1;
  }

  @Value.Check
  void check() {
    if (precedence().exists(p -> p < 0)) {
      throw new IllegalArgumentException("precedence must not be negative: " + precedence().get());
    }
    if (version() < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version());
    }
  }

  /** A builder, for the operations, stores that reload groups, and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a group. */
  public static final class Builder extends ImmutableGroup.Builder {
    Builder() {}
  }

  // -- copies

  abstract Group withDescription(Option<String> description);

  abstract Group withRoleArn(Option<String> roleArn);

  abstract Group withPrecedence(Option<Integer> precedence);

  abstract Group withLastModifiedDate(Instant instant);

  /** This group with another version, for stores that assign versions on save. */
  public abstract Group withVersion(long version);

  // -- decisions

  /**
   * A new group created at {@code now} (CreateGroup), version 1.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Group create(UserPoolId pool, GroupName name, Option<String> description, Option<String> roleArn,
      Option<Integer> precedence, Instant now) {
    return builder().poolId(pool).name(name).description(description).roleArn(roleArn).precedence(precedence)
        .creationDate(now).lastModifiedDate(now).build();
  }

  /**
   * This group after UpdateGroup at {@code now}: each member given replaces the stored one, each member
   * absent keeps it (the library's choice; AWS does not say), the version moves on.
   */
  public Group update(Option<String> description, Option<String> roleArn, Option<Integer> precedence, Instant now) {
    return withDescription(description.orElse(description()))
        .withRoleArn(roleArn.orElse(roleArn()))
        .withPrecedence(precedence.orElse(precedence()))
        .withLastModifiedDate(now)
        .withVersion(version() + 1);
  }

  // -- precedence

  /** {@code groups} in the order of the {@code cognito:groups} claim ({@link #BY_PRECEDENCE}). */
  public static Seq<Group> inPrecedenceOrder(Seq<Group> groups) {
    return groups.sorted(BY_PRECEDENCE);
  }

  /**
   * The {@code cognito:roles} claim: the distinct role ARNs of {@code groups}, in precedence order.
   */
  public static Seq<String> roles(Seq<Group> groups) {
    return inPrecedenceOrder(groups).flatMap(Group::roleArn).distinct();
  }

  /**
   * The {@code cognito:preferred_role} claim: the role of the winning group among those with a role. When
   * several groups share the winning precedence, their role if they all have the same one, else none
   * (AWS's {@code Precedence} documentation).
   */
  public static Option<String> preferredRole(Seq<Group> groups) {
    Seq<Group> withRoles = inPrecedenceOrder(groups.filter(g -> g.roleArn().isDefined()));
    if (withRoles.isEmpty()) {
      return Option.none();
    }
    Option<Integer> best = withRoles.head().precedence();
    Seq<String> tied = withRoles.filter(g -> g.precedence().equals(best)).map(g -> g.roleArn().get()).distinct();
    return tied.size() == 1 ? Option.some(tied.head()) : Option.none();
  }
}
