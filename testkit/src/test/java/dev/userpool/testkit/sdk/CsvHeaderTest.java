package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

/** GetCSVHeader: the import file's columns, as a recorded answer shows them. */
class CsvHeaderTest {

  private final InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());

  @Test
  void shouldListTheStandardThenCustomAttributesThenTheCognitoColumns() {
    String pool = client.createUserPool(b -> b.poolName("p")
        .schema(SchemaAttributeType.builder().name("joinedOn").attributeDataType("String").mutable(true).build())).userPool().id();

    GetCsvHeaderResponse header = client.getCSVHeader(b -> b.userPoolId(pool));

    assertThat(header.userPoolId()).isEqualTo(pool);
    assertThat(header.csvHeader()).containsExactly("name", "given_name", "family_name", "middle_name", "nickname", "preferred_username",
        "profile", "picture", "website", "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number",
        "phone_number_verified", "address", "updated_at", "custom:joinedOn", "cognito:mfa_enabled", "cognito:username");
  }

  @Test
  void shouldRefuseAMalformedOrUnknownPool() {
    assertThatThrownBy(() -> client.getCSVHeader(b -> b.userPoolId("us-east-1_nothere1"))).isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("User pool us-east-1_nothere1 does not exist.");
    assertThatThrownBy(() -> client.getCSVHeader(b -> b.userPoolId("bad id"))).isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("1 validation error detected: Value 'bad id' at 'userPoolId' failed to satisfy constraint: Member must"
            + " satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
  }
}
