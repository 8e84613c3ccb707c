package dev.userpool.testkit.webauthn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The credential ids of request options' allowCredentials, for assertions. */
final class CredentialIds {

  private CredentialIds() {}

  static List<String> of(String requestOptions) {
    try {
      List<String> ids = new ArrayList<>();
      for (JsonNode allowed : new ObjectMapper().readTree(requestOptions).path("allowCredentials")) {
        ids.add(allowed.path("id").asText());
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
