package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.error.ConfigurationRefused;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * What the library does with each input member of each operation it implements, as data: the table
 * {@code configuration-members.tsv} beside this class (operation, member path, treatment, the values accepted of a
 * refused member, between {@code |}, a note). The in-process client and the endpoint read it to refuse members by name
 * ({@link #refusal}); the generated {@code configuration.md} renders it; a test walks every implemented operation's SDK
 * request and fails on a member the table does not hold, so that no member is accepted and silently dropped.
 */
public final class ConfigurationMembers {

  private static final String TABLE = "configuration-members.tsv";
  private static final List<Member> MEMBERS = load();
  /** The rows by operation and path: every request's set members are looked up, so not by a scan of the table. */
  private static final Map<String, Member> BY_PATH = index(MEMBERS);
  /** The operations with a refused member: the others' requests need no walk. */
  private static final Set<String> REFUSING = MEMBERS.filter(m -> m.treatment() == Treatment.REFUSED).map(Member::operation).toSet();

  /** What the library does with a member. */
  public enum Treatment {
    /** It changes what the operation does, and is echoed where Cognito echoes it. */
    IMPLEMENTED("implemented"),
    /** Kept and echoed by Describe*, and nothing else: Cognito gives it no behaviour a local pool could show. */
    ECHOED("stored and echoed only"),
    /** Accepted and not kept: in Cognito too it changes nothing in a pool configured as the library allows. */
    NO_EFFECT("accepted, no effect"),
    /** Refused by name ({@link ConfigurationRefused}) unless given one of the values that change nothing. */
    REFUSED("refused"),
    /** Refused by the check of the capability it belongs to (named in the note), with that capability's message. */
    REFUSED_ELSEWHERE("refused by its own check"),
    /** Accepted and not yet applied: a known gap, closed by the work the note names; listed so that it is not silent. */
    GAP("known gap"),
    /** A structure or list of structures: each of its members has its own row. */
    STRUCTURE("structure: see its members");

    private final String words;

    Treatment(String words) {
      this.words = words;
    }

    /** The treatment in words, as the generated docs show it. */
    public String words() {
      return words;
    }
  }

  /**
   * One row of the table.
   *
   * @param operation the operation, as Cognito names it
   * @param path the member's path in the request by the API's member names ({@code UserPoolAddOns.AdvancedSecurityMode};
   *        members of a list's structures without an index)
   * @param treatment what the library does with it
   * @param accepted for a refused member, the values accepted because they change nothing ({@code OFF}); else empty
   * @param note why, in a few words
   */
  public record Member(String operation, String path, Treatment treatment, Set<String> accepted, String note) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Member {
      Objects.requireNonNull(operation, "operation is null");
      Objects.requireNonNull(path, "path is null");
      Objects.requireNonNull(treatment, "treatment is null");
      Objects.requireNonNull(accepted, "accepted is null");
      Objects.requireNonNull(note, "note is null");
    }
  }

  private ConfigurationMembers() {}

  /** Every row, in the table's order. */
  public static List<Member> all() {
    return MEMBERS;
  }

  /** The row of {@code path} in {@code operation}'s request, if the table holds it. */
  public static Option<Member> find(String operation, String path) {
    return Option.of(BY_PATH.get(key(operation, path)));
  }

  private static Map<String, Member> index(List<Member> members) {
    Map<String, Member> byPath = new HashMap<>();
    members.forEach(m -> byPath.putIfAbsent(key(m.operation(), m.path()), m)); // the first row, as a scan would find
    return byPath;
  }

  private static String key(String operation, String path) {
    return operation + '\t' + path;
  }

  /**
   * Every member path of an SDK request (or any SDK structure), set or not: each member by its API name, and the
   * members of the structures inside it, lists and maps of structures included (without an index or key).
   */
  public static Seq<String> paths(SdkPojo shape) {
    return paths(shape, "", List.empty());
  }

  private static Seq<String> paths(SdkPojo shape, String prefix, List<Class<?>> outer) {
    if (outer.contains(shape.getClass())) {
      return List.empty();
    }
    Seq<String> all = List.empty();
    for (SdkField<?> field : shape.sdkFields()) {
      String path = prefix + field.locationName();
      all = all.append(path);
      Option<Supplier<SdkPojo>> nested = nestedShape(field).filter(Objects::nonNull);
      if (nested.isDefined()) {
        SdkPojo builder = nested.get().get();
        all = all.appendAll(paths(builder, path + ".", outer.prepend(shape.getClass())));
      }
    }
    return all;
  }

  private static Option<Supplier<SdkPojo>> nestedShape(SdkField<?> field) {
    if (field.constructor() != null) {
      return Option.of(field.constructor());
    }
    ListTrait list = field.getTrait(ListTrait.class);
    if (list != null) {
      return Option.of(list.memberFieldInfo().constructor());
    }
    MapTrait map = field.getTrait(MapTrait.class);
    return map == null ? Option.none() : Option.of(map.valueFieldInfo().constructor());
  }

  /**
   * {@code request}'s members that the table refuses, given with a value other than the ones accepted: the refusal naming
   * them all, in request order, or nothing.
   */
  public static Option<CognitoError> refusal(String operation, SdkPojo request) {
    if (!REFUSING.contains(operation)) {
      return Option.none();
    }
    Seq<String> refused = refused(operation, request, "");
    return refused.isEmpty() ? Option.none() : Option.of(new ConfigurationRefused(refused.distinct()));
  }

  /** {@link #refusal} as the left of an Either whose right is {@code value}. */
  static <T> Either<CognitoError, T> check(String operation, SdkPojo request, T value) {
    return refusal(operation, request).toLeft(() -> value);
  }

  private static Seq<String> refused(String operation, SdkPojo shape, String prefix) {
    Seq<String> refused = List.empty();
    for (SdkField<?> field : shape.sdkFields()) {
      Object value = field.getValueOrDefault(shape);
      if (isUnset(value)) {
        continue;
      }
      String path = prefix + field.locationName();
      Option<Member> member = find(operation, path);
      if (member.exists(m -> m.treatment() == Treatment.REFUSED && !m.accepted().contains(String.valueOf(value)))) {
        refused = refused.append(path);
      } else if (value instanceof SdkPojo) {
        refused = refused.appendAll(refused(operation, (SdkPojo) value, path + "."));
      } else if (value instanceof Collection || value instanceof Map) {
        for (Object element : value instanceof Map ? ((Map<?, ?>) value).values() : (Collection<?>) value) {
          if (element instanceof SdkPojo) {
            refused = refused.appendAll(refused(operation, (SdkPojo) element, path + "."));
          }
        }
      }
    }
    return refused;
  }

  private static boolean isUnset(Object value) {
    return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap
        || value instanceof Map && ((Map<?, ?>) value).isEmpty();
  }

  private static List<Member> load() {
    InputStream in = ConfigurationMembers.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(TABLE + " is missing from the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return List.ofAll(reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(ConfigurationMembers::row));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Member row(String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 5) {
      throw new IllegalStateException(TABLE + ": 5 cells expected in " + line);
    }
    Set<String> accepted = cells[3].isEmpty() ? LinkedHashSet.empty() : LinkedHashSet.of(cells[3].split("\\|", -1));
    return new Member(cells[0], cells[1], Treatment.valueOf(cells[2]), accepted, cells[4]);
  }
}
