package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.HexFormat;

/** A user's {@code user_search} rows: each searchable attribute it has, with its search form in UTF-16. */
final class SearchRows {

  private static final HexFormat HEX = HexFormat.of();

  /** One row: the attribute as a filter names it, and the search form's bytes. */
  record Row(String attribute, byte[] value) {}

  private SearchRows() {}

  static List<Row> of(User user, CaseSensitivity caseSensitivity) {
    List<Row> rows = List.empty();
    for (UserSearch.Attribute a : UserSearch.Attribute.values()) {
      Option<String> form = a.searchForm(user, caseSensitivity);
      if (form.isDefined()) {
        rows = rows.prepend(new Row(a.filterName(), PostgresUsers.order(form.get())));
      }
    }
    return rows.reverse();
  }

  /** The attributes of {@code rows}, for an {@code unnest} parameter. */
  static String[] attributes(List<Row> rows) {
    return rows.map(Row::attribute).toJavaArray(String[]::new);
  }

  /** The values of {@code rows} in hex, for an {@code unnest} parameter. */
  static String[] values(List<Row> rows) {
    return rows.map(r -> HEX.formatHex(r.value())).toJavaArray(String[]::new);
  }
}
