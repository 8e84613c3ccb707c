package dev.userpool.port;

import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Storage port for the users of one pool; adapters must pass the testkit's {@code UsersContract}.
 *
 * <p>Writes are conditional: a user of version 1 is inserted only if absent, any other version
 * replaces the stored one only if that has version {@code user.version() - 1}. Each key belongs to at
 * most one user; the keys given on save replace the user's previous keys atomically.
 */
public interface Users {

  /** The user holding {@code key}. */
  Option<User> find(LookupKey key);

  /**
   * Inserts or replaces {@code user}, indexed under {@code keys}, or says why not.
   *
   * @return the saved user, or a {@link StoreConflict}
   */
  Either<StoreConflict, User> save(User user, Set<LookupKey> keys);

  /** Removes {@code user} if the stored one still has its version. */
  Either<StoreConflict, User> delete(User user);

  /** Up to {@code limit} users ordered by username, after {@code after} if given. */
  Seq<User> list(Option<Username> after, int limit);

  /**
   * Up to {@code limit} users that {@code search} accepts, ordered by username, after {@code after} if
   * given: exactly what {@link UserSearch#accepts} over {@link #list} would keep. This default reads the
   * users in batches (linear in the users before the page's last); stores with indexes answer faster.
   */
  default Seq<User> search(UserSearch search, Option<Username> after, int limit) {
    List<User> found = List.empty();
    Option<Username> cursor = after;
    int batchSize = Math.max(limit, 60);
    boolean more = limit > 0;
    while (found.size() < limit && more) {
      Seq<User> batch = list(cursor, batchSize);
      more = batch.size() == batchSize;
      for (User u : batch) {
        cursor = Option.some(u.username());
        if (search.accepts(u)) {
          found = found.append(u);
          if (found.size() == limit) {
            break;
          }
        }
      }
    }
    return found;
  }

  /** How many users the pool has. */
  long count();
}
