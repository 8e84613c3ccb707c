package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Users;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.UserSearch.Attribute;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plans PostgreSQL chooses for ListUsers' filters (EXPLAIN, after ANALYZE) on a pool of a few thousand
 * users: an exact filter reads one range of {@code user_search}'s primary key, already in username order
 * (no sort); a narrow prefix reads a range of it; a prefix most users match walks {@code user_search_order}
 * in username order. None scans a table.
 */
class UserSearchPlanTest {

  private static final int USERS = 3_000;
  private static PostgresUsers users;

  @BeforeAll
  static void fill() {
    UserPool pool = UserPool.builder()
        .id(new UserPoolId("us-east-1_plan" + System.nanoTime()))
        .name("plan")
        .creationDate(Instant.EPOCH)
        .lastModifiedDate(Instant.EPOCH)
        .version(1)
        .build();
    TestDatabase.stores().userPools().save(pool).get();
    Users stored = TestDatabase.stores().userPools().users(pool.id());
    for (int i = 0; i < USERS; i++) {
      User u = user(i);
      stored.save(u, HashSet.of(new LookupKey.ByUsername(u.username().value()))).get();
    }
    TestDatabase.execute("ANALYZE user_search");
    TestDatabase.execute("ANALYZE pool_user");
    users = (PostgresUsers) stored;
  }

  @Test
  void anExactFilterReadsOneRangeOfThePrimaryKeyInUsernameOrder() {
    String plan = plan(Attribute.EMAIL, false, "user-01234@example.com");

    assertThat(plan).contains("user_search_pkey").doesNotContain("Seq Scan").doesNotContain("Sort");
  }

  @Test
  void anExactFilterMostUsersMatchReadsThePrimaryKeyInUsernameOrder() {
    String plan = plan(Attribute.STATUS, false, "Enabled");

    assertThat(plan).contains("user_search_pkey").doesNotContain("Seq Scan").doesNotContain("Sort");
  }

  @Test
  void aNarrowPrefixReadsARangeOfThePrimaryKey() {
    String plan = plan(Attribute.EMAIL, true, "user-0123");

    assertThat(plan).contains("user_search_pkey").doesNotContain("Seq Scan");
  }

  @Test
  void aPrefixMostUsersMatchWalksTheUsernameOrderIndex() {
    String plan = plan(Attribute.USERNAME, true, "user-");

    assertThat(plan).contains("user_search_order").doesNotContain("Seq Scan").doesNotContain("Sort");
  }

  @Test
  void theSearchAnswersWhatThePlanReads() {
    UserSearch search = UserSearch.of(Attribute.EMAIL, true, "user-0123", CaseSensitivity.CASE_SENSITIVE);

    assertThat(users.search(search, Option.none(), 60).map(u -> u.username().value()))
        .containsExactly("user-01230", "user-01231", "user-01232", "user-01233", "user-01234", "user-01235", "user-01236",
            "user-01237", "user-01238", "user-01239");
  }

  private static String plan(Attribute attribute, boolean prefix, String value) {
    return users.explain(UserSearch.of(attribute, prefix, value, CaseSensitivity.CASE_SENSITIVE), Option.some(new Username("user-00100")),
        60);
  }

  private static User user(int i) {
    String name = String.format("user-%05d", i);
    return User.builder()
        .username(new Username(name))
        .sub(new Sub(UUID.nameUUIDFromBytes(name.getBytes()).toString()))
        .status(UserStatus.EXTERNAL_PROVIDER)
        .passwordHistory(PasswordHistory.start(Salt.random(new Random(i)::nextBytes)))
        .attributes(Attributes.empty().with("email", name + "@example.com").with("name", "Name " + (i % 100)))
        .creationDate(Instant.EPOCH)
        .lastModifiedDate(Instant.EPOCH)
        .build();
  }
}
