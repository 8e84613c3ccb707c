package dev.userpool.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.password.PasswordPolicy;
import io.vavr.collection.HashSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PoolValuesTest {

  @Test
  void aPoolBuiltWithoutSettingsHasTheApisDefaults() {
    UserPool pool = UserPool.builder().id(new UserPoolId("us-east-1_abc")).name("app")
        .creationDate(Instant.EPOCH).lastModifiedDate(Instant.EPOCH).build();

    assertThat(pool.passwordPolicy()).isEqualTo(PasswordPolicy.cognitoDefault());
    assertThat(pool.tier()).isEqualTo(Tier.ESSENTIALS);
    assertThat(pool.usernameAttributes()).isEmpty();
    assertThat(pool.aliasAttributes()).isEmpty();
    assertThat(pool.autoVerifiedAttributes()).isEmpty();
    assertThat(pool.caseSensitivity()).isEqualTo(CaseSensitivity.CASE_SENSITIVE);
    assertThat(pool.clients()).isEmpty();
    assertThat(pool.version()).isZero();
    assertThat(pool.usernamesAreContacts()).isFalse();
  }

  @Test
  void aClientBuiltWithoutSettingsHasTheApisDefaults() {
    AppClient client = AppClient.builder().clientId(new ClientId("abc")).clientName("web").build();

    assertThat(client.explicitAuthFlows()).isEqualTo(ExplicitAuthFlow.defaults());
    assertThat(client.allowsUserPasswordAuth()).isFalse();
    assertThat(client.allowsAdminUserPasswordAuth()).isFalse();
    assertThat(client.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrors.LEGACY);
    assertThat(client.hidesUnknownUsers()).isFalse();
    assertThat(client.sessionValidity()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void aClientsSessionValidityIsThreeToFifteenMinutes() {
    assertThat(AppClient.builder().clientId(new ClientId("a")).clientName("w").authSessionValidity(15).build().authSessionValidity())
        .isEqualTo(15);
    assertThatThrownBy(() -> AppClient.builder().clientId(new ClientId("a")).clientName("w").authSessionValidity(2).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AppClient.builder().clientId(new ClientId("a")).clientName("w").authSessionValidity(16).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLegacyFlowNamesCountToo() {
    AppClient legacy = AppClient.builder().clientId(new ClientId("a")).clientName("w")
        .explicitAuthFlows(HashSet.of(ExplicitAuthFlow.USER_PASSWORD_AUTH, ExplicitAuthFlow.ADMIN_NO_SRP_AUTH)).build();

    assertThat(legacy.allowsUserPasswordAuth()).isTrue();
    assertThat(legacy.allowsAdminUserPasswordAuth()).isTrue();
  }

  @Test
  void identifiersParseAsTheirMembersSay() {
    assertThat(UserPoolId.parse("us-east-1_abc").get().toString()).isEqualTo("us-east-1_abc");
    assertThat(UserPoolId.parse("bad").getError().head().message())
        .isEqualTo(
            "Value 'bad' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "[\\w-]+_[0-9a-zA-Z]+");
    assertThat(UserPoolId.parse("a_").isInvalid()).isTrue();
    assertThat(ClientId.parse("abc+1").get().toString()).isEqualTo("abc+1");
    assertThat(ClientId.parse("a b").isInvalid()).isTrue();
  }

  @Test
  void onlyPhoneNumbersKeepTheirCase() {
    assertThat(AliasAttribute.EMAIL.foldsCase()).isTrue();
    assertThat(AliasAttribute.PREFERRED_USERNAME.foldsCase()).isTrue();
    assertThat(AliasAttribute.PHONE_NUMBER.foldsCase()).isFalse();
  }
}
