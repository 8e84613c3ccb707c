package dev.userpool.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

  @Test
  void everyCodeIsFoundByItsWireNameAndOnlyInternalErrorIsAServerError() {
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(ErrorCode.ofWireName(code.wireName())).containsExactly(code);
      assertThat(code.wireName()).endsWith("Exception");
    }
    assertThat(List.of(ErrorCode.values()).filter(c -> c.httpStatus() != 400)).containsExactly(ErrorCode.INTERNAL_ERROR);
    assertThat(ErrorCode.INTERNAL_ERROR.httpStatus()).isEqualTo(500);
    assertThat(ErrorCode.ofWireName("NoSuchException")).isEmpty();
  }

  @Test
  void everyErrorTheLibraryReturnsCarriesItsCodesWireNameAndStatus() {
    CognitoError.catalogue().forEach(e -> {
      assertThat(e.cognitoError()).isEqualTo(e.code().wireName());
      assertThat(e.httpStatus()).isEqualTo(e.code().httpStatus());
    });
    for (Operation op : Operation.values()) {
      assertThat(op.errors()).isEqualTo(op.errorCodes().map(ErrorCode::wireName));
    }
  }
}
