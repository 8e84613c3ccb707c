package dev.userpool.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.Users;
import dev.userpool.testkit.store.InMemoryUsers;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The search contract catches the flaws it is written for: a store that ignores the filter, and one that pages in value order. */
class UserSearchContractTest {

  private static final List<User> BASES = CognitoDomain.anyUserIn(UserStatus.CONFIRMED).list().ofSize(2).uniqueElements(User::sub).sample();
  // "b" is named "a1" and "a" is named "a2": in username order a, b; in the order of their names b, a.
  private static final List<UserSearchContract.Write> HISTORY = List.of(
      new UserSearchContract.Write(0, false, "a", Attributes.empty().with("name", "a2"), UserStatus.CONFIRMED, true).on(BASES.get(0)),
      new UserSearchContract.Write(1, false, "b", Attributes.empty().with("name", "a1"), UserStatus.CONFIRMED, true).on(BASES.get(1)));

  @Test
  void shouldPassForTheInMemoryStore() {
    assertThatCode(() -> contract(UnaryOperator.identity()).searchPagesAsALinearScanWould(HISTORY, UserSearch.Attribute.NAME, true, "a",
        CaseSensitivity.CASE_SENSITIVE, 1, Option.none())).doesNotThrowAnyException();
  }

  @Test
  void shouldFailAStoreThatIgnoresTheFilter() {
    UserSearchContract ignoring = contract(users -> new Flawed(users, (s, found) -> users.list(Option.none(), 100)));

    assertThatThrownBy(() -> ignoring.searchPagesAsALinearScanWould(HISTORY, UserSearch.Attribute.NAME, false, "a2",
        CaseSensitivity.CASE_SENSITIVE, 5, Option.none())).isInstanceOf(AssertionError.class);
  }

  @Test
  void shouldFailAStoreThatPagesInValueOrder() {
    UserSearchContract byValue = contract(users -> new Flawed(users,
        (s, found) -> found.sortBy(u -> s.attribute().searchForm(u, s.caseSensitivity()).getOrElse(""))));

    assertThatThrownBy(() -> byValue.searchPagesAsALinearScanWould(HISTORY, UserSearch.Attribute.NAME, true, "a",
        CaseSensitivity.CASE_SENSITIVE, 5, Option.none())).isInstanceOf(AssertionError.class);
  }

  private static UserSearchContract contract(UnaryOperator<Users> flaw) {
    return caseSensitivity -> flaw.apply(new InMemoryUsers(caseSensitivity));
  }

  /** A store whose search answers {@code answer(search, what the real search found)}. */
  private record Flawed(Users users, BiFunction<UserSearch, Seq<User>, Seq<User>> answer) implements Users {
    @Override
    public Option<User> find(LookupKey key) {
      return users.find(key);
    }

    @Override
    public Either<StoreConflict, User> save(User user, Set<LookupKey> keys) {
      return users.save(user, keys);
    }

    @Override
    public Either<StoreConflict, User> delete(User user) {
      return users.delete(user);
    }

    @Override
    public Seq<User> list(Option<Username> after, int limit) {
      return users.list(after, limit);
    }

    @Override
    public Seq<User> search(UserSearch search, Option<Username> after, int limit) {
      return answer.apply(search, users.search(search, after, limit));
    }

    @Override
    public long count() {
      return users.count();
    }
  }
}
