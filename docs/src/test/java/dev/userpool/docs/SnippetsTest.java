package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void shouldTakeTheTaggedRegionDedentedAndWithoutNestedMarkers() {
    List<String> source = List.of(
        "class X {",
        "  void run() {",
        "    // tag::outer[]",
        "    int a = 1;",
        "    // tag::inner[]",
        "    int b = 2;",
        "",
        "    // end::inner[]",
        "    int c = 3;",
        "    // end::outer[]",
        "  }",
        "}");

    List<Snippets.Snippet> snippets = Snippets.parse(source, "X.java");

    assertThat(snippets).extracting(Snippets.Snippet::name).containsExactly("inner", "outer");
    assertThat(snippets.get(0).code()).isEqualTo("int b = 2;\n\n");
    assertThat(snippets.get(1).code()).isEqualTo("int a = 1;\nint b = 2;\n\nint c = 3;\n");
  }

  @Test
  void shouldRejectATagThatIsNeverClosed() {
    assertThatThrownBy(() -> Snippets.parse(List.of("// tag::open[]", "x();"), "X.java"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never closed");
  }

  @Test
  void shouldRejectAnEndWithoutItsTag() {
    assertThatThrownBy(() -> Snippets.parse(List.of("x();", "// end::nothing[]"), "X.java"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without its tag");
  }

  @Test
  void shouldFindEverySnippetOfTheExamples() {
    Snippets snippets = Snippets.load();

    assertThat(snippets.names()).contains("admin-set-user-password", "embed-core", "evaluate-password");
    assertThat(snippets.get("evaluate-password").sourceFile())
        .isEqualTo("docs/src/test/java/dev/userpool/docs/PasswordPolicyExamples.java");
  }
}
