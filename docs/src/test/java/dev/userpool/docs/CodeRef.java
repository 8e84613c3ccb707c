package dev.userpool.docs;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pointer from the documentation to the code element that implements a rule: a type, or a member
 * of it (an enum constant, a field, a method or a record component), found by reflection. A pointer
 * whose member no longer exists, or whose source file cannot be found, fails {@link DocsGenerationTest}.
 */
record CodeRef(Class<?> type, Optional<String> member) {

  /** The modules whose main sources the documentation may point into. */
  static final List<String> MODULES = List.of("policy", "core", "testkit");

  CodeRef {
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(member, "member is null");
  }

  static CodeRef to(Class<?> type) {
    return new CodeRef(type, Optional.empty());
  }

  static CodeRef to(Class<?> type, String member) {
    return new CodeRef(type, Optional.of(member));
  }

  /** What is wrong with this pointer, if anything. */
  Optional<String> problem(Path repositoryRoot) {
    if (member.isPresent() && !memberExists()) {
      return Optional.of(display() + ": " + type.getName() + " has no enum constant, field, method or record component named "
          + member.get());
    }
    if (!Files.isRegularFile(repositoryRoot.resolve(sourcePath()))) {
      return Optional.of(display() + ": no source file " + sourcePath());
    }
    return Optional.empty();
  }

  /** How the documentation names it, for example {@code CognitoError.NotAuthorized.Reason#USER_DISABLED}. */
  String display() {
    return nestedName(type) + member.map(m -> "#" + m).orElse("");
  }

  /** The source file, relative to the repository root, for example {@code core/src/main/java/dev/userpool/user/User.java}. */
  String sourcePath() {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String file = "src/main/java/" + top.getName().replace('.', '/') + ".java";
    return MODULES.stream()
        .map(m -> m + "/" + file)
        .filter(p -> Files.isRegularFile(DocsGenerationTest.repositoryRoot().resolve(p)))
        .findFirst()
        .orElse("(missing)/" + file);
  }

  /**
   * A Markdown link to the source, from a file {@code depth} folders below the repository root.
   *
   * @throws AssertionError if the pointer is broken, so no page links to code that is gone
   */
  String markdownLink(int depth) {
    problem(DocsGenerationTest.repositoryRoot()).ifPresent(p -> {
      throw new AssertionError("the documentation points at code that does not exist: " + p);
    });
    return Markdown.link(Markdown.code(display()), "../".repeat(depth) + sourcePath());
  }

  private boolean memberExists() {
    String name = member.orElseThrow();
    if (type.isEnum() && Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(name))) {
      return true;
    }
    if (type.isRecord() && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).anyMatch(name::equals)) {
      return true;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Arrays.stream(c.getDeclaredMethods()).map(Method::getName).anyMatch(name::equals)
          || Arrays.stream(c.getDeclaredFields()).map(Field::getName).anyMatch(name::equals)) {
        return true;
      }
    }
    return Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(name::equals);
  }

  static String nestedName(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : nestedName(namedThrough(type.getEnclosingClass())) + "." + type.getSimpleName();
  }

  /**
   * The type whose name a nested type is written under: for a holder (a sealed interface without methods whose one
   * permitted subtype inherits its member types, as {@code CognitoError} does {@code StatusErrors}'s and
   * {@code LocalEndpoint} {@code LocalEndpointBuilder}'s) that subtype, else {@code outer} itself.
   */
  private static Class<?> namedThrough(Class<?> outer) {
    Class<?>[] permitted = outer.getPermittedSubclasses();
    boolean holder = outer.isInterface() && permitted != null && permitted.length == 1 && outer.getDeclaredMethods().length == 0;
    return holder ? permitted[0] : outer;
  }
}
