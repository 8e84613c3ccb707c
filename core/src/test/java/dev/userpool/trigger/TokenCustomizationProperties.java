package dev.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.LambdaConfig.PreTokenGenerationVersion;
import dev.userpool.token.ClaimValue;
import dev.userpool.token.Claims;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenCustomizationProperties {

  private static final List<String> NAMES = TokenCustomization.PROTECTED.toList().appendAll(TokenCustomization.CHANGED_OTHERWISE)
      .appendAll(List.of("email", "tenant", "custom:plan", "name"));

  private static Claims sample(String tokenUse) {
    return Claims.of(LinkedHashMap
        .<String, ClaimValue>of("sub", new ClaimValue.Text("a1b2"), "iss", new ClaimValue.Text("https://cognito-idp"),
            "token_use", new ClaimValue.Text(tokenUse), "aud", new ClaimValue.Text("client"), "exp", new ClaimValue.Number(2000),
            "iat", new ClaimValue.Number(1000), "auth_time", new ClaimValue.Number(1000), "jti", new ClaimValue.Text("j"),
            "origin_jti", new ClaimValue.Text("o"), "cognito:username", new ClaimValue.Text("jane"))
        .put("client_id", new ClaimValue.Text("client")).put("scope", new ClaimValue.Text("aws.cognito.signin.user.admin"))
        .put("email", new ClaimValue.Text("jane@example.com")));
  }

  @Provide
  Arbitrary<Json> responses() {
    Arbitrary<String> name = Arbitraries.of(NAMES.toJavaList());
    Arbitrary<Json> value = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8).map(Json::text), Arbitraries.of(true, false)
        .map(Json::bool), Arbitraries.longs().map(l -> new Json.Num(Long.toString(l))));
    Arbitrary<Json.Obj> adds = Arbitraries.maps(name, value).ofMaxSize(6)
        .map(m -> new Json.Obj(LinkedHashMap.ofAll(m)));
    Arbitrary<Json> suppress = name.list().ofMaxSize(6).map(Json::texts);
    Arbitrary<Json.Obj> details = adds.flatMap(a -> suppress.map(s -> Json.Obj.empty().with("claimsToAddOrOverride", a)
        .with("claimsToSuppress", s)));
    return details.flatMap(id -> details.map(access -> Json.Obj.empty().with("response", Json.Obj.empty()
        .with("claimsOverrideDetails", id)
        .with("claimsAndScopeOverrideDetails", Json.Obj.empty().with("idTokenGeneration", id).with("accessTokenGeneration", access)))));
  }

  @Property
  void protectedClaimsNeverChange(@ForAll("responses") Json answer, @ForAll PreTokenGenerationVersion version) {
    TokenCustomization custom = TokenCustomization.read(answer, version).get();
    Claims id = sample("id");
    Claims access = sample("access");

    Claims idAfter = custom.applyToId(id);
    Claims accessAfter = custom.applyToAccess(access);

    for (String name : TokenCustomization.PROTECTED.addAll(List.of("client_id", "scope", "username", "event_id"))) {
      assertThat(idAfter.get(name)).as(name).isEqualTo(id.get(name));
      assertThat(accessAfter.get(name)).as(name).isEqualTo(access.get(name));
    }
  }

  @Property
  void aClaimBothAddedAndSuppressedIsSuppressed(@ForAll("responses") Json answer) {
    TokenCustomization custom = TokenCustomization.read(answer, PreTokenGenerationVersion.V1_0).get();

    Claims after = custom.applyToId(sample("id"));

    custom.id().suppress().filter(TokenCustomization::changeable).forEach(name -> assertThat(after.get(name)).as(name).isEmpty());
  }

  @Property
  void jsonReadsBackWhatItWrites(@ForAll("responses") Json value) {
    assertThat(Json.parse(value.render()).get()).isEqualTo(value);
  }
}
