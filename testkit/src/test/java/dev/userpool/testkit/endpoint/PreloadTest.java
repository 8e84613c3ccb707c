package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class PreloadTest {

  /** The list names classes that exist: a Netty upgrade that renames one would otherwise quietly end its preload. */
  @Test
  void shouldNameOnlyClassesThatLoad() {
    for (String name : Preload.CLASSES) {
      assertThatCode(() -> Class.forName(name, false, Preload.class.getClassLoader())).as(name).doesNotThrowAnyException();
    }
    assertThatCode(Preload::load).doesNotThrowAnyException();
  }
}
