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
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * ListUsers' pages stay stable under concurrent writes: while a writer moves 300 users between two values
 * a prefix filter matches, changes their other attributes, and inserts and deletes other matching users,
 * every pass of a reader paging through the filter (7 a page, each page after the last username of the one
 * before) meets each of the 300 exactly once, in strictly increasing username order.
 */
class SearchUnderWritesTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final int STABLE = 300;
  private static final int PASSES = 30;

  private final InMemoryUsers users = new InMemoryUsers(CaseSensitivity.CASE_INSENSITIVE);
  private final Map<String, User> stored = new HashMap<>();

  @Test
  void shouldMeetEveryUserThatMatchesThroughoutExactlyOnceAPassWhileOthersAreWritten() throws InterruptedException {
    for (int i = 0; i < STABLE; i++) {
      save(user("s-" + i, "keep1", "s" + i + "@a.example", 1));
    }
    AtomicBoolean done = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      for (long round = 2; !done.get(); round++) {
        for (int i = 0; i < STABLE && !done.get(); i++) {
          save(user("s-" + i, round % 2 == 0 ? "keep2" : "keep1", "s" + i + "@" + round + ".example", round));
          String other = "o-" + (i + round) % 50;
          User old = stored.remove(other);
          if (old != null) {
            users.delete(old).get();
          } else {
            save(user(other, "keep3", other + "@x.example", 1));
          }
        }
      }
    });
    writer.start();
    UserSearch search = UserSearch.of(Attribute.GIVEN_NAME, true, "keep", CaseSensitivity.CASE_INSENSITIVE);
    List<String> problems = new ArrayList<>();
    for (int pass = 0; pass < PASSES; pass++) {
      Map<String, Integer> met = new HashMap<>();
      Option<Username> after = Option.none();
      String last = "";
      while (true) {
        Seq<User> page = users.search(search, after, 7);
        for (User u : page) {
          String name = u.username().value();
          if (name.compareTo(last) <= 0) {
            problems.add("pass " + pass + ": " + name + " after " + last);
          }
          last = name;
          met.merge(name, 1, Integer::sum);
        }
        if (page.size() < 7) {
          break;
        }
        after = Option.some(page.last().username());
      }
      for (int i = 0; i < STABLE; i++) {
        if (met.getOrDefault("s-" + i, 0) != 1) {
          problems.add("pass " + pass + ": s-" + i + " met " + met.getOrDefault("s-" + i, 0) + " times");
        }
      }
    }
    done.set(true);
    writer.join();

    assertThat(problems).isEmpty();
  }

  private void save(User u) {
    User previous = stored.get(u.username().value());
    User next = previous == null ? u : withVersion(u, previous.version() + 1);
    users.save(next, HashSet.of(new LookupKey.ByUsername(next.username().value()))).get();
    stored.put(next.username().value(), next);
  }

  private static User withVersion(User u, long version) {
    return user(u.username().value(), u.attributes().get("given_name").get(), u.attributes().get("email").get(), version);
  }

  private static User user(String name, String givenName, String email, long version) {
    return User.builder()
        .username(new Username(name))
        .sub(Sub.generate(SeededRandomness.withSeed(name.hashCode())))
        .status(UserStatus.CONFIRMED)
        .attributes(Attributes.empty().with("given_name", givenName).with("email", email))
        .passwordHistory(PasswordHistory.start(Salt.of(new byte[]{ 1 })))
        .creationDate(T0)
        .lastModifiedDate(T0)
        .version(version)
        .build();
  }
}
