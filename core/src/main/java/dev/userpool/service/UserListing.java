package dev.userpool.service;

import dev.userpool.pool.UserPool;
import dev.userpool.port.Users;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** ListUsers' paging: the users after a cursor, in username order, that a filter accepts, a page at a time. */
final class UserListing {

  private UserListing() {}

  /** Up to {@code limit} users after {@code after} that {@code filter} accepts, and a token when more may follow. */
  static Results.UserPage page(Users users, UserPool pool, UserFilter filter, Option<Username> after, int limit) {
    List<User> collected = List.empty();
    Option<Username> cursor = after;
    boolean more = true;
    while (collected.size() < limit && more) {
      Seq<User> batch = users.list(cursor, Math.max(limit, 60));
      more = batch.size() == Math.max(limit, 60);
      for (User u : batch) {
        cursor = Option.some(u.username());
        if (filter.accepts(u, pool)) {
          collected = collected.append(u);
          if (collected.size() == limit) {
            break;
          }
        }
      }
    }
    boolean hasNext = collected.size() == limit && !users.list(Option.some(collected.last().username()), 1).isEmpty();
    return new Results.UserPage(collected, hasNext ? Option.some(PageToken.encode(collected.last().username())) : Option.none());
  }
}
