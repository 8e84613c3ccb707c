package dev.userpool.service;

import io.vavr.collection.LinkedHashMap;
import java.util.Map;

/**
 * What a request gives its Lambda triggers beyond the operation's own members: {@code ValidationData} (SignUp's and
 * AdminCreateUser's temporary attributes, the events' {@code validationData}) and {@code ClientMetadata} (the events'
 * {@code clientMetadata}), as the AWS developer guide's "Client metadata" section describes them. Neither is stored.
 *
 * @param validationData the request's ValidationData, empty when none
 * @param clientMetadata the request's ClientMetadata, empty when none
 */
public record TriggerInput(LinkedHashMap<String, String> validationData, LinkedHashMap<String, String> clientMetadata) {

  /** A request without either. */
  public static final TriggerInput NONE = new TriggerInput(LinkedHashMap.empty(), LinkedHashMap.empty());

  /** The request's members as the SDK gives them; null is none. */
  public static TriggerInput of(Map<String, String> validationData, Map<String, String> clientMetadata) {
    return new TriggerInput(validationData == null ? LinkedHashMap.empty() : LinkedHashMap.ofAll(validationData),
        clientMetadata == null ? LinkedHashMap.empty() : LinkedHashMap.ofAll(clientMetadata));
  }

  @Override
  public String toString() {
    return "TriggerInput[validationData=" + validationData.keySet() + ", clientMetadata=" + clientMetadata.keySet() + "]";
  }
}
