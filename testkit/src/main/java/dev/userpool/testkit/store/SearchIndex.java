package dev.userpool.testkit.store;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.UserSearch.Attribute;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * ListUsers' indexes over one pool's users in memory: for each searchable attribute, the users ordered
 * by (search form, username). An exact filter is one range of it, already in username order: O(log n +
 * page). A prefix filter's range is ordered by value, not username; it is read alongside a scan of the
 * users in username order, a chunk of each in turn, and whichever finishes first answers: the scan when
 * it has found a page, the range when it is exhausted (its matches after the cursor, the least usernames
 * kept). The cost is about twice the smaller of the two: the users the scan passes before the page is
 * full, and the users the prefix matches (docs/PERFORMANCE.md). In a case-sensitive pool the username's
 * search form is the username, and the store's username order serves as its index.
 *
 * <p>Updated under the store's write lock, new keys before old ones are removed (a lock-free reader sees
 * the old or the new user, never neither); read without locks, weakly consistent as the maps' iterators are.
 */
final class SearchIndex {

  /** How many entries each side of a prefix search reads before the other takes its turn. */
  static final int CHUNK = 256;

  private final int chunk;

  /** An index key: a search form and the username of the user who has it. */
  private record Key(String form, String username) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::form).thenComparing(Key::username);

  private final CaseSensitivity caseSensitivity;
  private final EnumMap<Attribute, ConcurrentSkipListMap<Key, User>> indexes = new EnumMap<>(Attribute.class);

  SearchIndex(CaseSensitivity caseSensitivity, int chunk) {
    this.caseSensitivity = caseSensitivity;
    this.chunk = chunk;
    for (Attribute a : Attribute.values()) {
      if (a != Attribute.USERNAME || caseSensitivity == CaseSensitivity.CASE_INSENSITIVE) {
        indexes.put(a, new ConcurrentSkipListMap<>(ORDER));
      }
    }
  }

  /**
   * Whether the store's own username order answers {@code search}: a username's search form is the username
   * itself in a case-sensitive pool, so that order is its index (and none is kept here).
   */
  boolean byUsernameAnswers(UserSearch search) {
    return search.attribute() == Attribute.USERNAME && !indexes.containsKey(Attribute.USERNAME);
  }

  /** Whether searches folded for {@code sensitivity} can be answered here. */
  boolean serves(CaseSensitivity sensitivity) {
    return caseSensitivity == sensitivity;
  }

  /** Replaces {@code before} (null when inserting) by {@code after} (null when deleting); under the write lock. */
  void replace(User before, User after) {
    for (Map.Entry<Attribute, ConcurrentSkipListMap<Key, User>> index : indexes.entrySet()) {
      Key old = before == null ? null : key(index.getKey(), before);
      Key next = after == null ? null : key(index.getKey(), after);
      if (next != null) {
        index.getValue().put(next, after);
      }
      if (old != null && !old.equals(next)) {
        index.getValue().remove(old, before);
      }
    }
  }

  private Key key(Attribute attribute, User user) {
    Option<String> form = attribute.searchForm(user, caseSensitivity);
    return form.isDefined() ? new Key(form.get(), user.username().value()) : null;
  }

  /**
   * Up to {@code limit} users {@code search} accepts after {@code after}, in username order; {@code byName}
   * reads the users after {@code after} in username order (for prefix searches).
   */
  Seq<User> search(UserSearch search, Option<Username> after, int limit, Iterator<User> byName) {
    ConcurrentSkipListMap<Key, User> index = indexes.get(search.attribute());
    String cursor = after.map(Username::value).getOrElse("");
    if (!search.prefix()) {
      // Usernames are never empty: ("", v) is below every key of v.
      NavigableMap<Key, User> range = index.subMap(new Key(search.value(), cursor), after.isEmpty(), new Key(search.value() + '\0', ""),
          false);
      return take(range.values().iterator(), search, limit);
    }
    Option<String> bound = UserSearch.upperBound(search.value());
    Key from = new Key(search.value(), "");
    NavigableMap<Key, User> range = bound.isDefined()
        ? index.subMap(from, true, new Key(bound.get(), ""), false)
        : index.tailMap(from, true);
    return either(search, cursor, limit, byName, range.values().iterator());
  }

  /** The first {@code limit} users of {@code users} that {@code search} accepts. */
  private static Seq<User> take(Iterator<User> users, UserSearch search, int limit) {
    ArrayList<User> found = new ArrayList<>();
    while (found.size() < limit && users.hasNext()) {
      User u = users.next();
      if (search.accepts(u)) {
        found.add(u);
      }
    }
    return List.ofAll(found);
  }

  /** The scan in username order and the prefix's range, a chunk of each in turn, until one of them has the answer. */
  private Seq<User> either(UserSearch search, String cursor, int limit, Iterator<User> byName, Iterator<User> inRange) {
    ArrayList<User> scanned = new ArrayList<>();
    TreeMap<String, User> least = new TreeMap<>();
    while (true) {
      for (int i = 0; i < chunk; i++) {
        if (!byName.hasNext() || scanned.size() == limit) {
          return List.ofAll(scanned);
        }
        User u = byName.next();
        if (search.accepts(u)) {
          scanned.add(u);
        }
      }
      for (int i = 0; i < chunk; i++) {
        if (!inRange.hasNext()) {
          return List.ofAll(least.values());
        }
        User u = inRange.next();
        String name = u.username().value();
        if (name.compareTo(cursor) > 0 && search.accepts(u)) {
          least.put(name, u);
          if (least.size() > limit) {
            least.pollLastEntry();
          }
        }
      }
    }
  }
}
