package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.port.Users;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract of {@link Users#search} (ListUsers' filters), for every adapter, indexed or not: implement
 * it in a test class and return a new, empty store for a pool of the given case sensitivity. After any
 * history of inserts, updates (attributes, status, enabled flag) and deletes, paging through a search,
 * {@code limit} at a time, each page starting after the last username of the one before, yields exactly
 * the users a linear scan of {@link Users#list} keeps with {@link UserSearch#accepts}, in the same order.
 * Values come from a small alphabet with case variants and shared prefixes (and a Greek final sigma, whose
 * lower case is not prefix-preserving), so that filters match several users and folding matters.
 */
public interface UserSearchContract {

  /** A new, empty store of a pool with {@code caseSensitivity}; called once per try. */
  Users subject(CaseSensitivity caseSensitivity);

  /** Paging through a search yields what a linear scan would, in username order, after any history. */
  @Property(tries = 300)
  default void searchPagesAsALinearScanWould(@ForAll("histories") java.util.List<Write> history,
      @ForAll("searches") UserSearch.Attribute attribute,
      @ForAll boolean prefix, @ForAll("values") String value, @ForAll CaseSensitivity caseSensitivity,
      @ForAll @IntRange(min = 1, max = 7) int limit, @ForAll("cursors") Option<String> cursor) {
    Users users = subject(caseSensitivity);
    for (Write w : history) {
      w.applyTo(users, caseSensitivity);
    }
    UserSearch search = UserSearch.of(attribute, prefix, value, caseSensitivity);
    Option<Username> start = cursor.map(Username::new);

    Seq<User> expected = scan(users).filter(search::accepts)
        .filter(u -> start.forAll(s -> u.username().value().compareTo(s.value()) > 0));
    List<User> paged = List.empty();
    Option<Username> after = start;
    while (true) {
      Seq<User> page = users.search(search, after, limit);
      assertTrue(page.size() <= limit, "a page of " + page.size() + " with limit " + limit);
      Option<Username> from = after;
      assertTrue(page.forAll(u -> from.forAll(a -> u.username().value().compareTo(a.value()) > 0)), "a page starts after " + from);
      paged = paged.appendAll(page);
      if (page.size() < limit) {
        break;
      }
      after = Option.some(page.last().username());
    }
    assertEquals(expected, paged, search.toString());
  }

  /** A limit of 0 finds nothing. */
  @Property(tries = 50)
  default void aLimitOfZeroFindsNothing(@ForAll("histories") java.util.List<Write> history,
      @ForAll("searches") UserSearch.Attribute attribute,
      @ForAll("values") String value) {
    Users users = subject(CaseSensitivity.CASE_SENSITIVE);
    for (Write w : history) {
      w.applyTo(users, CaseSensitivity.CASE_SENSITIVE);
    }
    assertEquals(List.empty(), users.search(UserSearch.of(attribute, true, value, CaseSensitivity.CASE_SENSITIVE), Option.none(), 0));
  }

  /**
   * Histories of writes to eight users: the username, attributes, status (one a permanent password allows)
   * and enabled flag of each, or a delete.
   */
  @Provide
  default Arbitrary<java.util.List<Write>> histories() {
    Arbitrary<User> base = CognitoDomain.anyUserIn(UserStatus.CONFIRMED);
    Arbitrary<Attributes> attributes = Arbitraries.maps(Arbitraries.of("email", "phone_number", "name", "given_name", "family_name",
        "preferred_username"), values().filter(v -> !v.isEmpty())).ofMaxSize(4)
        .map(m -> m.entrySet().stream().reduce(Attributes.empty(), (a, e) -> a.with(e.getKey(), e.getValue()), (a, b) -> a));
    Arbitrary<String> usernames = Arbitraries.of("a", "A", "ab", "aB", "Ab", "abc", "b", "B", "ba", "a1", "\u039F\u03A3",
        "\u039F\u03A3\u0391",
        "\u03BF\u03C2");
    Arbitrary<Write> write = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.of(true, false, false, false, false),
        usernames, attributes,
        Arbitraries.of(UserStatus.CONFIRMED, UserStatus.UNCONFIRMED, UserStatus.RESET_REQUIRED), Arbitraries.of(true, true, false))
        .as(Write::new);
    return Combinators.combine(base.list().ofSize(8).uniqueElements(User::sub), write.list().ofMaxSize(40))
        .as((bases, writes) -> writes.stream().map(w -> w.on(bases.get(w.slot()))).toList());
  }

  /** Every searchable attribute. */
  @Provide
  default Arbitrary<UserSearch.Attribute> searches() {
    return Arbitraries.of(UserSearch.Attribute.class);
  }

  /** Values and prefixes with case variants and shared prefixes, statuses and the first characters of subs. */
  @Provide
  default Arbitrary<String> values() {
    return Arbitraries.of("", "a", "A", "ab", "aB", "Ab", "abc", "b", "B", "ba", "+1", "+12", "a@x", "A@x", "\u039F\u03A3",
        "\u039F\u03A3\u0391",
        "\u03BF\u03C2", "C", "CONFIRMED", "UNCONFIRMED", "E", "Enabled", "Dis", "0", "4", "a\uFFFF");
  }

  /** No cursor, or a username to start after. */
  @Provide
  default Arbitrary<Option<String>> cursors() {
    return Arbitraries.of("a", "A", "ab", "b", "B", "c").injectNull(0.5).map(Option::of);
  }

  /** One write of the history: to the user in {@code slot}, a delete or a save with these values. */
  record Write(int slot, boolean delete, String username, Attributes attributes, UserStatus status, boolean enabled, User base) {

    Write(int slot, boolean delete, String username, Attributes attributes, UserStatus status, boolean enabled) {
      this(slot, delete, username, attributes, status, enabled, null);
    }

    Write on(User user) {
      return new Write(slot, delete, username, attributes, status, enabled, user);
    }

    /** Applies the write to the stored user of the slot's sub: deletes it, inserts it, or updates it to the next version. */
    void applyTo(Users users, CaseSensitivity caseSensitivity) {
      Option<User> stored = users.find(new LookupKey.BySub(base.sub()));
      if (delete) {
        stored.forEach(users::delete);
        return;
      }
      // The username stays once stored, as in Cognito; a taken one leaves the store unchanged.
      Username name = stored.map(User::username).getOrElse(new Username(username));
      User next = UserCopies.withSearchable(base, name, attributes, status, enabled, stored.map(User::version).getOrElse(0L) + 1);
      Naming naming = new Naming(HashSet.empty(), LinkedHashSet.of(AliasAttribute.values()), caseSensitivity);
      Set<LookupKey> keys = naming.keysOf(next);
      users.save(next, keys);
    }
  }

  private static Seq<User> scan(Users users) {
    List<User> all = List.empty();
    Option<Username> after = Option.none();
    while (true) {
      Seq<User> page = users.list(after, 100);
      all = all.appendAll(page);
      if (page.size() < 100) {
        return all;
      }
      after = Option.some(page.last().username());
    }
  }
}
