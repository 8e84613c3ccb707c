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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** Migration V7 gives users stored before V6 their search rows, folded as their pool's case sensitivity says. */
class UserSearchBackfillTest {

  @Test
  void shouldIndexUsersStoredWithoutSearchRowsFoldedForTheirPool() throws SQLException {
    UserPool pool = UserPool.builder()
        .id(new UserPoolId("us-east-1_backfill" + System.nanoTime()))
        .name("backfill")
        .caseSensitivity(CaseSensitivity.CASE_INSENSITIVE)
        .creationDate(Instant.EPOCH)
        .lastModifiedDate(Instant.EPOCH)
        .version(1)
        .build();
    TestDatabase.stores().userPools().save(pool).get();
    Users users = TestDatabase.stores().userPools().users(pool.id());
    User jane = user("Jane", "Jane@Example.com");
    User john = user("john", "john@example.com");
    users.save(jane, HashSet.of(new LookupKey.ByUsername("jane"))).get();
    users.save(john, HashSet.of(new LookupKey.ByUsername("john"))).get();
    TestDatabase.execute("DELETE FROM user_search WHERE pool_id = '" + pool.id().value() + "'");
    UserSearch byEmail = UserSearch.of(Attribute.EMAIL, true, "JANE@", CaseSensitivity.CASE_INSENSITIVE);
    assertThat(users.search(byEmail, Option.none(), 10)).isEmpty();

    try (Connection c = TestDatabase.stores().dataSource().getConnection()) {
      new UserSearchBackfill().migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return c;
        }
      });
    }

    assertThat(users.search(byEmail, Option.none(), 10)).containsExactly(jane);
    assertThat(users.search(UserSearch.of(Attribute.USERNAME, false, "JOHN", CaseSensitivity.CASE_INSENSITIVE), Option.none(), 10))
        .containsExactly(john);
  }

  private static User user(String name, String email) {
    return User.builder()
        .username(new Username(name))
        .sub(new Sub(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString()))
        .status(UserStatus.EXTERNAL_PROVIDER)
        .passwordHistory(PasswordHistory.start(Salt.random(new Random(1)::nextBytes)))
        .attributes(Attributes.empty().with("email", email))
        .creationDate(Instant.EPOCH)
        .lastModifiedDate(Instant.EPOCH)
        .build();
  }
}
