package dev.userpool.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.UserSearch.Attribute;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both sides of a prefix search answer as a linear scan would: with turns of one entry, a prefix few users
 * match is answered by its range (the least usernames of its matches), one most users match by the scan
 * in username order; 400 users with values from a small alphabet, after updates and deletes, every
 * attribute, prefix and cursor, pages of 1 to 7.
 */
class SearchIndexTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final String[] VALUES = { "a", "A", "ab", "aB", "abc", "b", "ba", "bb", "c", "ca" };

  @ParameterizedTest
  @CsvSource({ "1, CASE_SENSITIVE", "1, CASE_INSENSITIVE", "3, CASE_INSENSITIVE", "256, CASE_SENSITIVE" })
  void shouldPageAsALinearScanWhicheverSideAnswers(int chunk, CaseSensitivity caseSensitivity) {
    Random random = new Random(chunk * 31L + caseSensitivity.ordinal());
    InMemoryUsers users = new InMemoryUsers(caseSensitivity, chunk);
    Map<String, User> stored = new HashMap<>();
    for (int n = 0; n < 1_200; n++) {
      String name = VALUES[random.nextInt(VALUES.length)] + random.nextInt(40);
      User previous = stored.get(name);
      if (previous != null && random.nextInt(4) == 0) {
        users.delete(previous).get();
        stored.remove(name);
      } else {
        User next = user(name, random, previous == null ? 1 : previous.version() + 1);
        if (users.save(next, HashSet.of(new LookupKey.ByUsername(caseSensitivity.fold(name)))).isRight()) {
          stored.put(name, next);
        }
      }
    }
    java.util.List<String> mismatches = new ArrayList<>();
    for (Attribute attribute : Attribute.values()) {
      for (String value : List.of("", "a", "A", "ab", "b", "c", "CON", "UN", "En")) {
        for (Option<String> cursor : List.of(Option.<String>none(), Option.some("a5"), Option.some("b"))) {
          UserSearch search = UserSearch.of(attribute, true, value, caseSensitivity);
          int limit = 1 + random.nextInt(7);
          Seq<User> expected = users.all().filter(search::accepts).filter(u -> cursor.forAll(c -> u.username().value().compareTo(c) > 0));
          Seq<User> paged = page(users, search, cursor.map(Username::new), limit);
          if (!expected.equals(paged)) {
            mismatches.add(search + " after " + cursor + ": expected " + names(expected) + ", got " + names(paged));
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static Seq<User> page(InMemoryUsers users, UserSearch search, Option<Username> start, int limit) {
    List<User> all = List.empty();
    Option<Username> after = start;
    while (true) {
      Seq<User> page = users.search(search, after, limit);
      Option<Username> from = after;
      if (page.exists(u -> from.exists(a -> u.username().value().compareTo(a.value()) <= 0))) {
        return all.appendAll(page); // a page that does not start after its cursor: report it, do not loop
      }
      all = all.appendAll(page);
      if (page.size() < limit) {
        return all;
      }
      after = Option.some(page.last().username());
    }
  }

  private static Seq<String> names(Seq<User> users) {
    return users.map(u -> u.username().value());
  }

  private static User user(String name, Random random, long version) {
    Attributes attributes = Attributes.empty();
    for (String attribute : List.of("email", "name", "given_name", "family_name", "preferred_username", "phone_number")) {
      if (random.nextInt(3) > 0) {
        attributes = attributes.with(attribute, VALUES[random.nextInt(VALUES.length)] + random.nextInt(3));
      }
    }
    return User.builder()
        .username(new Username(name))
        .sub(Sub.generate(SeededRandomness.withSeed(name.hashCode())))
        .status(random.nextInt(5) == 0 ? UserStatus.UNCONFIRMED : UserStatus.CONFIRMED)
        .enabled(random.nextInt(5) > 0)
        .attributes(attributes)
        .passwordHistory(PasswordHistory.start(Salt.of(new byte[]{ 1 })))
        .creationDate(T0)
        .lastModifiedDate(T0)
        .version(version)
        .build();
  }
}
