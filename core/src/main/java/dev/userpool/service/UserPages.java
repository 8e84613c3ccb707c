package dev.userpool.service;

import dev.userpool.pool.UserPool;
import dev.userpool.port.Users;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.Username;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** ListUsers' pages: users in username order after a cursor, through a filter, answered by the store (its indexes, or a scan). */
final class UserPages {

  private UserPages() {}

  /** Up to {@code limit} users after {@code after} that {@code filter} accepts, and the next page's token if more follow. */
  static Results.UserPage page(Users users, UserPool pool, UserFilter filter, Option<Username> after, int limit) {
    Option<UserSearch> search = filter.search(pool.caseSensitivity());
    Seq<User> collected = search.isDefined() ? users.search(search.get(), after, limit) : users.list(after, limit);
    boolean hasNext = collected.size() == limit && !users.list(Option.some(collected.last().username()), 1).isEmpty();
    return new Results.UserPage(collected, hasNext ? Option.some(PageToken.encode(collected.last().username())) : Option.none());
  }
}
