package dev.userpool.testkit.sdk;

import dev.userpool.password.PasswordPolicy;
import dev.userpool.group.Group;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientSecret;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.PoolArn;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.Requests;
import dev.userpool.service.TriggerInput;
import dev.userpool.user.Attributes;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import io.vavr.Tuple2;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenRotationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserAttributeUpdateSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameConfigurationType;

/**
 * Conversions between the SDK's shapes and the library's: requests in (nulls stay nulls, so the
 * library validates exactly what the caller sent), results out.
 */
final class Shapes {

  private Shapes() {}

  // -- requests in

  /** A list member as sent: null when the caller did not set it (the SDK reports an empty auto-list). */
  static <T> List<T> listOrNull(boolean present, List<T> values) {
    return present ? values : null;
  }

  /** A map member as sent: null when the caller did not set it. */
  /**
   * A map member as the service reads it: absent is null, and a key holding null is left out, as Cognito takes it
   * (amazon-cognito-identity-js sends {@code "DEVICE_KEY": null}).
   */
  /** A request's ClientMetadata for the triggers its operation runs ({@code present}: the SDK request has the member). */
  static TriggerInput clientMetadata(boolean present, Map<String, String> values) {
    return TriggerInput.of(null, mapOrNull(present, values));
  }

  static Map<String, String> mapOrNull(boolean present, Map<String, String> values) {
    if (!present) {
      return null;
    }
    Map<String, String> given = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      if (value != null) {
        given.put(key, value);
      }
    });
    return given;
  }

  /** UserAttributeUpdateSettings' AttributesRequireVerificationBeforeUpdate as sent: null when the caller set neither. */
  static List<String> requireVerificationBeforeUpdate(UserAttributeUpdateSettingsType settings) {
    return settings == null || !settings.hasAttributesRequireVerificationBeforeUpdate()
        ? null
        : settings.attributesRequireVerificationBeforeUpdateAsStrings();
  }

  static Requests.PasswordPolicyType policy(UserPoolPolicyType policies) {
    PasswordPolicyType p = policies == null ? null : policies.passwordPolicy();
    if (p == null) {
      return null;
    }
    return new Requests.PasswordPolicyType(p.minimumLength(), p.requireUppercase(), p.requireLowercase(), p.requireNumbers(),
        p.requireSymbols(), p.passwordHistorySize(), p.temporaryPasswordValidityDays());
  }

  static List<Requests.AttributeType> attributes(boolean present, List<AttributeType> attributes) {
    if (!present) {
      return null;
    }
    List<Requests.AttributeType> converted = new ArrayList<>(attributes.size());
    for (AttributeType a : attributes) {
      converted.add(a == null ? null : new Requests.AttributeType(a.name(), a.value()));
    }
    return converted;
  }

  // -- results out

  /** A user's attributes as Cognito lists them: {@code sub} first, then the rest by name. */
  static List<AttributeType> attributesOf(User user) {
    return attributesOf(user.sub(), user.attributes());
  }

  /** {@code sub} and the attributes shown. */
  static List<AttributeType> attributesOf(Sub sub, Attributes shown) {
    List<AttributeType> attributes = new ArrayList<>(shown.size() + 1);
    attributes.add(AttributeType.builder().name("sub").value(sub.value()).build());
    for (Tuple2<String, String> a : shown.asMap()) {
      attributes.add(AttributeType.builder().name(a._1).value(a._2).build());
    }
    return attributes;
  }

  /** Only the attributes named (ListUsers' AttributesToGet). */
  static List<AttributeType> only(Collection<String> names, List<AttributeType> attributes) {
    return attributes.stream().filter(a -> names.contains(a.name())).toList();
  }

  static GroupType group(Group group) {
    return GroupType.builder()
        .groupName(group.name().value())
        .userPoolId(group.poolId().value())
        .description(group.description().getOrNull())
        .roleArn(group.roleArn().getOrNull())
        .precedence(group.precedence().getOrNull())
        .creationDate(group.creationDate())
        .lastModifiedDate(group.lastModifiedDate())
        .build();
  }

  static UserType user(User user) {
    return UserType.builder()
        .username(user.username().value())
        .attributes(attributesOf(user))
        .userCreateDate(user.creationDate())
        .userLastModifiedDate(user.lastModifiedDate())
        .enabled(user.enabled())
        .userStatus(user.status().name())
        .build();
  }

  static CodeDeliveryDetailsType delivery(CodeDelivery delivery) {
    return CodeDeliveryDetailsType.builder()
        .destination(delivery.maskedDestination())
        .deliveryMedium(delivery.deliveryMedium())
        .attributeName(delivery.channel().attributeName())
        .build();
  }

  static UserPoolType pool(UserPool pool, long estimatedNumberOfUsers) {
    PasswordPolicy p = pool.passwordPolicy();
    return UserPoolType.builder()
        .id(pool.id().value())
        .name(pool.name())
        .mfaConfiguration(pool.mfa().mode().name())
        .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder()
            .minimumLength(p.minimumLength())
            .requireUppercase(p.requireUppercase())
            .requireLowercase(p.requireLowercase())
            .requireNumbers(p.requireNumbers())
            .requireSymbols(p.requireSymbols())
            .passwordHistorySize(p.passwordHistorySize())
            .temporaryPasswordValidityDays(p.effectiveTemporaryPasswordValidityDays())
            .build()).signInPolicy(UserAuthShapes.signInPolicy(pool)).build())
        .userPoolTier(pool.tier().name())
        .usernameAttributesWithStrings(pool.usernameAttributes().toList().sortBy(Enum::ordinal).map(c -> c.attributeName()).toJavaList())
        .aliasAttributesWithStrings(pool.aliasAttributes().toList().sortBy(Enum::ordinal).map(a -> a.attributeName()).toJavaList())
        .autoVerifiedAttributesWithStrings(
            pool.autoVerifiedAttributes().toList().sortBy(Enum::ordinal).map(c -> c.attributeName()).toJavaList())
        .userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder().attributesRequireVerificationBeforeUpdateWithStrings(
            pool.attributesRequireVerificationBeforeUpdate().toList().sortBy(Enum::ordinal).map(c -> c.attributeName()).toJavaList())
            .build())
        .adminCreateUserConfig(AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(pool.allowAdminCreateUserOnly()).build())
        .usernameConfiguration(UsernameConfigurationType.builder()
            .caseSensitive(pool.caseSensitivity() == CaseSensitivity.CASE_SENSITIVE).build())
        .userPoolTags(pool.tags().toJavaMap()).arn(PoolArn.of(pool.id()))
        .creationDate(pool.creationDate())
        .lastModifiedDate(pool.lastModifiedDate())
        .estimatedNumberOfUsers((int) Math.min(Integer.MAX_VALUE, estimatedNumberOfUsers))
        .schemaAttributes(SchemaShapes.attributes(pool.schema()))
        .build();
  }

  /** The request's {@code TokenValidityUnits} as the service reads it; absent stays absent (null). */
  static Requests.TokenValidityUnitsType units(TokenValidityUnitsType units) {
    return units == null
        ? null
        : new Requests.TokenValidityUnitsType(units.accessTokenAsString(),
            units.idTokenAsString(), units.refreshTokenAsString());
  }

  /** The request's {@code RefreshTokenRotation} as the service reads it; absent stays absent (null). */
  static Requests.RefreshTokenRotationType rotation(RefreshTokenRotationType rotation) {
    return rotation == null ? null : new Requests.RefreshTokenRotationType(rotation.featureAsString(), rotation.retryGracePeriodSeconds());
  }

  static UserPoolClientType client(UserPoolId pool, AppClient client) {
    return UserPoolClientType.builder()
        .userPoolId(pool.value())
        .clientId(client.clientId().value())
        .clientName(client.clientName())
        .clientSecret(client.clientSecret().map(ClientSecret::reveal).getOrNull())
        .explicitAuthFlowsWithStrings(client.explicitAuthFlows().toList().sortBy(Enum::ordinal).map(Enum::name).toJavaList())
        .preventUserExistenceErrors(client.preventUserExistenceErrors().name())
        .authSessionValidity(client.authSessionValidity())
        .accessTokenValidity(client.tokenValidity().accessToken().amount())
        .idTokenValidity(client.tokenValidity().idToken().amount())
        .refreshTokenValidity(client.tokenValidity().refreshToken().amount())
        .tokenValidityUnits(TokenValidityUnitsType.builder()
            .accessToken(TimeUnitsType.fromValue(client.tokenValidity().accessToken().unit().wire()))
            .idToken(TimeUnitsType.fromValue(client.tokenValidity().idToken().unit().wire()))
            .refreshToken(TimeUnitsType.fromValue(client.tokenValidity().refreshToken().unit().wire())).build())
        .readAttributes(client.readAttributes().map(n -> n.toJavaList()).getOrNull())
        .writeAttributes(client.writeAttributes().map(n -> n.toJavaList()).getOrNull())
        .applyMutation(b -> OAuthOperations.describe(b, client.oauth()))
        .build();
  }

  /**
   * A flat JSON object of strings, as Cognito writes {@code userAttributes} into ChallengeParameters:
   * {@code {"email_verified":"true","email":"x@example.com"}}.
   */
  static String jsonObject(Iterable<Tuple2<String, String>> members) {
    StringBuilder json = new StringBuilder("{");
    for (Tuple2<String, String> m : members) {
      if (json.length() > 1) {
        json.append(',');
      }
      jsonString(json, m._1).append(':');
      jsonString(json, m._2);
    }
    return json.append('}').toString();
  }

  /** A JSON array of strings, as Cognito writes {@code requiredAttributes}: {@code ["userAttributes.name"]}. */
  static String jsonArray(Iterable<String> values) {
    StringBuilder json = new StringBuilder("[");
    for (String v : values) {
      if (json.length() > 1) {
        json.append(',');
      }
      jsonString(json, v);
    }
    return json.append(']').toString();
  }

  private static StringBuilder jsonString(StringBuilder json, String s) {
    json.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
