package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

class AwsJsonTest {

  private final AwsJson json = new AwsJson();

  static Stream<CognitoIdentityProviderRequest> requests() {
    return Stream.of(
        CreateUserPoolRequest.builder().poolName("app")
            .policies(p -> p
                .passwordPolicy(pp -> pp.minimumLength(12).requireSymbols(false).passwordHistorySize(5).temporaryPasswordValidityDays(3)))
            .aliasAttributesWithStrings("email", "preferred_username")
            .autoVerifiedAttributesWithStrings("email")
            .usernameConfiguration(u -> u.caseSensitive(false))
            .userPoolTags(Map.of("team", "identity", "env", "test"))
            .adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true).unusedAccountValidityDays(7))
            .userPoolTier("PLUS")
            .build(),
        AdminCreateUserRequest.builder().userPoolId("us-east-1_abc").username("jane")
            .userAttributes(AttributeType.builder().name("email").value("jane@example.com").build(),
                AttributeType.builder().name("email_verified").value("true").build())
            .clientMetadata(Map.of("source", "test"))
            .desiredDeliveryMediumsWithStrings("EMAIL", "SMS")
            .forceAliasCreation(false)
            .messageAction("SUPPRESS")
            .temporaryPassword("Temp-Passw0rd!")
            .build(),
        AdminInitiateAuthRequest.builder().userPoolId("us-east-1_abc").clientId("client").authFlow("ADMIN_USER_PASSWORD_AUTH")
            .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Temp-Passw0rd!"))
            .contextData(c -> c.ipAddress("127.0.0.1").serverName("s").serverPath("/").encodedData("e")
                .httpHeaders(h -> h.headerName("User-Agent").headerValue("test")))
            .build(),
        CreateUserPoolClientRequest.builder().userPoolId("us-east-1_abc").clientName("web").generateSecret(false)
            .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
            .authSessionValidity(5).refreshTokenValidity(30)
            .tokenValidityUnits(t -> t.accessToken("minutes").refreshToken("days"))
            .build(),
        SetUiCustomizationRequest.builder().userPoolId("us-east-1_abc").css(".x{}")
            .imageFile(SdkBytes.fromByteArray(new byte[]{ 0, 1, 2, (byte) 0xff, 'p', 'n', 'g' }))
            .build());
  }

  @ParameterizedTest
  @MethodSource("requests")
  void shouldWriteRequestsAsTheSdkMarshallsThem(CognitoIdentityProviderRequest request) throws IOException {
    JsonNode sdk = Wire.JSON.readTree(sentBySdk(request));

    assertThat(json.write(request)).isEqualTo(sdk);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void shouldReadBackEveryMemberKind(CognitoIdentityProviderRequest request) throws Exception {
    SdkPojo builder = (SdkPojo) request.getClass().getMethod("builder").invoke(null);

    Object read = json.read(json.write(request), builder);

    assertThat(read).isEqualTo(request);
  }

  @Test
  void shouldWriteTimestampsAsEpochSecondsWithTheFraction() {
    UserType user = UserType.builder().username("jane")
        .userCreateDate(Instant.parse("2030-01-01T00:00:00Z"))
        .userLastModifiedDate(Instant.parse("2030-01-01T00:00:00.125Z"))
        .build();

    ObjectNode written = json.write(user);

    assertThat(new String(json.bytes(written), StandardCharsets.UTF_8))
        .isEqualTo("{\"Username\":\"jane\",\"UserCreateDate\":1893456000,\"UserLastModifiedDate\":1893456000.125}");
  }

  @ParameterizedTest
  @CsvSource({ "1893456000, 2030-01-01T00:00:00Z", "1893456000.125, 2030-01-01T00:00:00.125Z", "-1.5, 1969-12-31T23:59:58.500Z",
      "0.000000001, 1970-01-01T00:00:00.000000001Z" })
  void shouldReadEpochSeconds(String seconds, String instant) {
    assertThat(AwsJson.epochSeconds(Instant.parse(instant))).isEqualByComparingTo(new BigDecimal(seconds));
    UserType read = (UserType) json.read(json.parse(("{\"UserCreateDate\":" + seconds + "}").getBytes(StandardCharsets.UTF_8)),
        UserType.builder());
    assertThat(read.userCreateDate()).isEqualTo(Instant.parse(instant));
  }

  @Test
  void shouldLeaveOutMembersThatWereNeverSet() {
    AdminGetUserResponse response = AdminGetUserResponse.builder().username("jane").build();

    assertThat(json.write(response).toString()).isEqualTo("{\"Username\":\"jane\"}");
  }

  @Test
  void shouldKeepListsAndMapsThatWereSetEmpty() {
    AdminGetUserResponse response = AdminGetUserResponse.builder().username("jane").userAttributes(List.of()).mfaOptions(List.of()).build();

    assertThat(json.write(response).toString()).isEqualTo("{\"Username\":\"jane\",\"UserAttributes\":[],\"MFAOptions\":[]}");
  }

  @Test
  void shouldRefuseABlobThatIsNotBase64() {
    ObjectNode body = json.parse("{\"ImageFile\":\"not base64!\"}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> json.read(body, SetUiCustomizationRequest.builder()))
        .isInstanceOfSatisfying(WireError.class, e -> {
          assertThat(e.code()).isEqualTo("SerializationException");
          assertThat(e.getMessage()).isEqualTo("The blob at 'ImageFile' is not base64.");
        });
  }

  @Test
  void shouldTakeAMapKeyHoldingNullAsAbsent() {
    ObjectNode body = json.parse(("{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\",\"ClientId\":\"c\","
        + "\"AuthParameters\":{\"REFRESH_TOKEN\":\"r\",\"DEVICE_KEY\":null},\"ClientMetadata\":{\"only\":null}}")
        .getBytes(StandardCharsets.UTF_8));

    InitiateAuthRequest read = (InitiateAuthRequest) json.read(body, InitiateAuthRequest.builder());

    assertThat(read.authParameters()).containsExactly(Map.entry("REFRESH_TOKEN", "r"));
    assertThat(read.hasClientMetadata()).as("a map whose keys all hold null is still given, and empty").isTrue();
    assertThat(read.clientMetadata()).isEmpty();
  }

  @Test
  void shouldRefuseAListHoldingNull() {
    ObjectNode body = json.parse("{\"ExplicitAuthFlows\":[\"ALLOW_USER_SRP_AUTH\",null]}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> json.read(body, CreateUserPoolClientRequest.builder()))
        .isInstanceOfSatisfying(WireError.class, e -> {
          assertThat(e.code()).isEqualTo("SerializationException");
          assertThat(e.getMessage()).isEqualTo("The list at 'ExplicitAuthFlows' holds null at ExplicitAuthFlows[1].");
        });
  }

  @Test
  void shouldNameTheNestedMemberOfTheWrongType() {
    ObjectNode body = json.parse("{\"Policies\":{\"PasswordPolicy\":{\"MinimumLength\":true}}}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> json.read(body, CreateUserPoolRequest.builder()))
        .hasMessage("BOOLEAN_VALUE can not be converted to an Integer (at 'Policies.PasswordPolicy.MinimumLength').");
  }

  /** The body the real SDK client sends for {@code request}, captured before it leaves. */
  private static byte[] sentBySdk(CognitoIdentityProviderRequest request) {
    AtomicReference<byte[]> body = new AtomicReference<>();
    ExecutionInterceptor capture = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        context.requestBody().ifPresent(b -> {
          try (InputStream in = b.contentStreamProvider().newStream()) {
            body.set(in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    };
    try (LocalEndpoint endpoint = Wire.start();
        CognitoIdentityProviderClient sdk = CognitoIdentityProviderClient.builder()
            .endpointOverride(endpoint.uri())
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
            .region(Region.US_EAST_1)
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(o -> o.addExecutionInterceptor(capture))
            .build()) {
      Consumer<CognitoIdentityProviderRequest> send = r -> {
        try {
          CognitoIdentityProviderClient.class.getMethod(decapitalize(r.getClass().getSimpleName().replace("Request", "")), r.getClass())
              .invoke(sdk, r);
        } catch (ReflectiveOperationException e) {
          // the endpoint's answer does not matter here, only what was sent
        }
      };
      send.accept(request);
    }
    assertThat(body.get()).as("the SDK sent a body").isNotNull();
    return body.get();
  }

  private static String decapitalize(String name) {
    return name.equals("SetUiCustomization") ? "setUICustomization" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
