package dev.userpool.user;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * How a pool names its users, and so how users are found (see {@code docs/generated/decisions.md}):
 * by username, by an alias the
 * pool enables (email and phone only once verified), or by sub. In a pool with UsernameAttributes, the
 * email or phone number is the sign-in name, whether verified or not, and the stored username is the sub.
 * Usernames, emails and preferred usernames fold case when the pool is case-insensitive.
 */
public record Naming(Set<ContactAttribute> usernameAttributes, Set<AliasAttribute> aliasAttributes, CaseSensitivity caseSensitivity) {

  public Naming {
    Objects.requireNonNull(usernameAttributes, "usernameAttributes is null");
    Objects.requireNonNull(aliasAttributes, "aliasAttributes is null");
    Objects.requireNonNull(caseSensitivity, "caseSensitivity is null");
  }

  /** The naming of {@code pool}. */
  public static Naming of(UserPool pool) {
    return new Naming(pool.usernameAttributes(), pool.aliasAttributes(), pool.caseSensitivity());
  }

  /** Every key {@code user} is found by, the username's first. */
  public Set<LookupKey> keysOf(User user) {
    Set<LookupKey> keys = LinkedHashSet.of(new LookupKey.ByUsername(caseSensitivity.fold(user.username().value())),
        new LookupKey.BySub(user.sub()));
    for (ContactAttribute contact : usernameAttributes.toList().sortBy(Enum::ordinal)) {
      AliasAttribute alias = aliasOf(contact);
      keys = keys.addAll(user.attributes().contact(contact).map(v -> new LookupKey.ByAlias(alias, fold(alias, v))));
    }
    for (AliasAttribute alias : aliasAttributes.toList().sortBy(Enum::ordinal)) {
      boolean usable = alias.contact().map(c -> user.attributes().isVerified(c)).getOrElse(true);
      if (usable) {
        keys = keys.addAll(user.attributes().get(alias.attributeName()).map(v -> new LookupKey.ByAlias(alias, fold(alias, v))));
      }
    }
    return keys;
  }

  /** The keys to try, in order, for a name a request gives: username, then aliases (in their enum order), then sub. */
  public Seq<LookupKey> candidates(String name) {
    Seq<LookupKey> keys = List.of(new LookupKey.ByUsername(caseSensitivity.fold(name)));
    for (ContactAttribute contact : usernameAttributes.toList().sortBy(Enum::ordinal)) {
      AliasAttribute alias = aliasOf(contact);
      keys = keys.append(new LookupKey.ByAlias(alias, fold(alias, name)));
    }
    for (AliasAttribute alias : aliasAttributes.toList().sortBy(Enum::ordinal)) {
      keys = keys.append(new LookupKey.ByAlias(alias, fold(alias, name)));
    }
    return Sub.isSub(name) ? keys.append(new LookupKey.BySub(new Sub(name))) : keys;
  }

  /** The alias through which a contact used as username is found. */
  public static AliasAttribute aliasOf(ContactAttribute contact) {
    return contact == ContactAttribute.EMAIL ? AliasAttribute.EMAIL : AliasAttribute.PHONE_NUMBER;
  }

  private String fold(AliasAttribute alias, String value) {
    return alias.foldsCase() ? caseSensitivity.fold(value) : value;
  }
}
