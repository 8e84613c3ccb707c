package dev.userpool.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contracts catch the flaws they are meant to catch: each flawed store fails the property written for it. */
class StoreContractsTest {

  private static final User USER = CognitoDomain.anyUserIn(UserStatus.CONFIRMED).sample();
  private static final User OTHER = CognitoDomain.anyUserIn(UserStatus.UNCONFIRMED)
      .filter(u -> !u.username().equals(USER.username())).sample();
  private static final java.util.List<User> SEVERAL = CognitoDomain.anyUser().list().ofMinSize(3).ofMaxSize(8)
      .filter(us -> us.stream().map(User::username).distinct().count() == us.size()).sample();

  @Nested
  class UsersContractCatches {

    enum Flaw {
      NONE, NO_VERSION_CHECK, KEEPS_OLD_KEYS, NO_KEY_CHECK, DELETE_IGNORES_VERSION, UNSORTED_LIST, NO_PAGE_LIMIT
    }

    private final Map<Flaw, Consumer<UsersContract>> propertyFor = Map.of(
        Flaw.NO_VERSION_CHECK, c -> c.insertingAStoredUserAgainConflicts(USER),
        Flaw.KEEPS_OLD_KEYS, c -> c.keysAreReplacedWhenAnAliasChanges(USER, OTHER, "first@example.com", "second@example.com"),
        Flaw.NO_KEY_CHECK, c -> c.aTakenUsernameIsRefused(USER, OTHER),
        Flaw.DELETE_IGNORES_VERSION, c -> c.deleteChecksTheVersion(USER),
        Flaw.UNSORTED_LIST, c -> c.listPagesThroughUsersByUsername(SEVERAL, 10),
        Flaw.NO_PAGE_LIMIT, c -> c.listPagesThroughUsersByUsername(SEVERAL, 1));

    @ParameterizedTest
    @EnumSource(value = Flaw.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aFlawedStoreFailsItsProperty(Flaw flaw) {
      UsersContract contract = () -> new FlawedUsers(EnumSet.of(flaw));

      assertThatThrownBy(() -> propertyFor.get(flaw).accept(contract)).isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @EnumSource(value = Flaw.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aSoundStorePassesTheSameProperty(Flaw flaw) {
      UsersContract contract = () -> new FlawedUsers(EnumSet.noneOf(Flaw.class));

      assertThatCode(() -> propertyFor.get(flaw).accept(contract)).doesNotThrowAnyException();
    }

    /** A plain store whose flaws can be switched on one by one. */
    final class FlawedUsers implements Users {
      private final EnumSet<Flaw> flaws;
      private final Map<LookupKey, User> byKey = new HashMap<>();
      private final Map<Sub, Set<LookupKey>> keysOf = new HashMap<>();

      FlawedUsers(EnumSet<Flaw> flaws) {
        this.flaws = flaws;
      }

      @Override
      public Option<User> find(LookupKey key) {
        return Option.of(byKey.get(key));
      }

      @Override
      public Either<StoreConflict, User> save(User user, Set<LookupKey> keys) {
        LookupKey own = new LookupKey.BySub(user.sub());
        User stored = byKey.get(own);
        long expected = user.version() - 1;
        if (!flaws.contains(Flaw.NO_VERSION_CHECK) && (stored == null ? expected != 0 : stored.version() != expected)) {
          return Either.left(new StoreConflict.VersionMismatch());
        }
        for (LookupKey key : keys) {
          User holder = byKey.get(key);
          if (!flaws.contains(Flaw.NO_KEY_CHECK) && holder != null && !holder.sub().equals(user.sub())) {
            return Either.left(new StoreConflict.KeyTaken(key));
          }
        }
        if (stored != null && !flaws.contains(Flaw.KEEPS_OLD_KEYS)) {
          keysOf.get(user.sub()).forEach(byKey::remove);
        }
        Set<LookupKey> all = keys.add(own);
        all.forEach(k -> byKey.put(k, user));
        keysOf.put(user.sub(), flaws.contains(Flaw.KEEPS_OLD_KEYS) && stored != null ? keysOf.get(user.sub()).addAll(all) : all);
        return Either.right(user);
      }

      @Override
      public Either<StoreConflict, User> delete(User user) {
        User stored = byKey.get(new LookupKey.BySub(user.sub()));
        if (stored == null || (!flaws.contains(Flaw.DELETE_IGNORES_VERSION) && stored.version() != user.version())) {
          return Either.left(new StoreConflict.VersionMismatch());
        }
        keysOf.remove(user.sub()).forEach(byKey::remove);
        return Either.right(user);
      }

      @Override
      public Seq<User> list(Option<Username> after, int limit) {
        Seq<User> all = List.ofAll(byKey.values()).distinctBy(User::sub);
        Seq<User> ordered = flaws.contains(Flaw.UNSORTED_LIST)
            ? all.sortBy(Comparator.reverseOrder(), u -> u.username().value())
            : all.sortBy(u -> u.username().value());
        Seq<User> tail = after.isEmpty() || flaws.contains(Flaw.UNSORTED_LIST)
            ? ordered
            : ordered.filter(u -> u.username().value().compareTo(after.get().value()) > 0);
        if (flaws.contains(Flaw.UNSORTED_LIST) && after.isDefined()) {
          return List.empty();
        }
        return flaws.contains(Flaw.NO_PAGE_LIMIT) ? tail : tail.take(limit);
      }

      @Override
      public long count() {
        return keysOf.size();
      }
    }
  }

  @Nested
  class UserPoolsContractCatches {

    enum Flaw {
      KEEPS_REMOVED_CLIENTS, KEEPS_USERS_OF_DELETED_POOLS, NO_VERSION_CHECK
    }

    private final UserPool pool = CognitoDomain.anyUserPool().filter(p -> !p.clients().isEmpty()).sample();
    private final UserPool donor = CognitoDomain.anyUserPool().filter(p -> !p.clients().isEmpty()
        && p.clients().keySet().intersect(pool.clients().keySet()).isEmpty()).sample();

    private final Map<Flaw, Consumer<UserPoolsContract>> propertyFor = Map.of(
        Flaw.KEEPS_REMOVED_CLIENTS, c -> c.clientsFollowTheStoredPool(pool, donor),
        Flaw.KEEPS_USERS_OF_DELETED_POOLS, c -> c.deleteRemovesThePoolAndItsUsers(pool, USER),
        Flaw.NO_VERSION_CHECK, c -> c.onlyVersionOneInsertsAndOnlyOnce(pool, 3));

    @ParameterizedTest
    @EnumSource(Flaw.class)
    void aFlawedStoreFailsItsProperty(Flaw flaw) {
      UserPoolsContract contract = () -> new FlawedUserPools(EnumSet.of(flaw));

      assertThatThrownBy(() -> propertyFor.get(flaw).accept(contract)).isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @EnumSource(Flaw.class)
    void aSoundStorePassesTheSameProperty(Flaw flaw) {
      UserPoolsContract contract = () -> new FlawedUserPools(EnumSet.noneOf(Flaw.class));

      assertThatCode(() -> propertyFor.get(flaw).accept(contract)).doesNotThrowAnyException();
    }

    /** The in-memory store with one flaw switched on around it. */
    final class FlawedUserPools implements UserPools {
      private final EnumSet<Flaw> flaws;
      private final InMemoryUserPools sound = new InMemoryUserPools();
      private final Map<ClientId, UserPool> everyClient = new HashMap<>();
      private final Map<UserPoolId, Users> leftovers = new HashMap<>();

      FlawedUserPools(EnumSet<Flaw> flaws) {
        this.flaws = flaws;
      }

      @Override
      public Option<UserPool> find(UserPoolId id) {
        return sound.find(id);
      }

      @Override
      public Option<UserPool> findByClient(ClientId clientId) {
        return flaws.contains(Flaw.KEEPS_REMOVED_CLIENTS) ? Option.of(everyClient.get(clientId)) : sound.findByClient(clientId);
      }

      @Override
      public Either<StoreConflict, UserPool> save(UserPool pool) {
        if (flaws.contains(Flaw.NO_VERSION_CHECK)) {
          UserPool adjusted = pool.withVersion(sound.find(pool.id()).map(p -> p.version() + 1).getOrElse(1L));
          sound.save(adjusted);
          return Either.right(pool);
        }
        Either<StoreConflict, UserPool> saved = sound.save(pool);
        saved.forEach(p -> p.clients().keySet().forEach(c -> everyClient.put(c, p)));
        return saved;
      }

      @Override
      public boolean delete(UserPoolId id) {
        if (flaws.contains(Flaw.KEEPS_USERS_OF_DELETED_POOLS) && sound.find(id).isDefined()) {
          leftovers.put(id, sound.users(id));
        }
        return sound.delete(id);
      }

      @Override
      public Seq<UserPool> list() {
        return sound.list();
      }

      @Override
      public Users users(UserPoolId id) {
        return leftovers.containsKey(id) && sound.find(id).isEmpty() ? leftovers.get(id) : sound.users(id);
      }
    }
  }
}
