package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;

/** The tags' invariants: tagging with new keys then untagging them gives back the tags there were; a pool never holds over 50. */
class TagsProperties {

  @Property(tries = 50)
  void taggingNewKeysThenUntaggingThemRestoresTheTags(@ForAll("tags") Map<String, String> before,
      @ForAll("tags") Map<String, String> added) {
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());
    String arn = client.createUserPool(b -> b.poolName("p").userPoolTags(before)).userPool().arn();
    Map<String, String> fresh = new HashMap<>(added);
    fresh.keySet().removeAll(before.keySet());

    client.tagResource(b -> b.resourceArn(arn).tags(fresh));
    assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).hasSize(before.size() + fresh.size());
    client.untagResource(b -> b.resourceArn(arn).tagKeys(fresh.keySet()));

    assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(before);
  }

  @Property(tries = 50)
  void aPoolNeverHoldsMoreThanFiftyTags(@ForAll("tags") Map<String, String> first, @ForAll("tags") Map<String, String> second,
      @ForAll("tags") Map<String, String> third) {
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());
    String arn = client.createUserPool(b -> b.poolName("p")).userPool().arn();
    for (Map<String, String> tags : List.of(first, second, third)) {
      try {
        client.tagResource(b -> b.resourceArn(arn).tags(tags));
      } catch (InvalidParameterException refused) {
        assertThat(refused.awsErrorDetails().errorMessage()).endsWith("cannot have more than 50 tags.");
      }
      assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).hasSizeLessThanOrEqualTo(50);
    }
  }

  @Provide
  Arbitrary<Map<String, String>> tags() {
    return Arbitraries.maps(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().alpha().ofMaxLength(6)).ofMaxSize(25);
  }
}
