package dev.userpool.pool;

import dev.userpool.mfa.PoolMfa;
import dev.userpool.password.DomainStyle;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.schema.Schema;
import dev.userpool.userauth.SignInPolicy;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A user pool's configuration. Mirrors the parts of {@code UserPoolType} that decide users' fate:
 * password policy, feature plan, UsernameAttributes or AliasAttributes, AutoVerifiedAttributes, username
 * case sensitivity, the schema, and the app clients. {@link #version()} supports optimistic concurrency in stores.
 *
 * <p>Defaults are the API's: Cognito's default policy, tier ESSENTIALS, usernames that are plain names,
 * no aliases, nothing auto-verified, case-sensitive.
 */
@Value.Immutable
@DomainStyle
public abstract class UserPool {

  UserPool() {}

  /** The pool's id. */
  public abstract UserPoolId id();

  /** The pool's name. */
  public abstract String name();

  /** The password policy. */
  @Value.Default
  public PasswordPolicy passwordPolicy() {
    return PasswordPolicy.cognitoDefault();
  }

  /** The feature plan. */
  @Value.Default
  public Tier tier() {
    return Tier.ESSENTIALS;
  }

  /** {@code UsernameAttributes}: users sign up with an email or phone as their username. */
  @Value.Default
  public Set<ContactAttribute> usernameAttributes() {
    return HashSet.empty();
  }

  /** {@code AliasAttributes}: attributes users may sign in with besides their username. */
  @Value.Default
  public Set<AliasAttribute> aliasAttributes() {
    return HashSet.empty();
  }

  /** {@code AutoVerifiedAttributes}: where SignUp sends its confirmation code. */
  @Value.Default
  public Set<ContactAttribute> autoVerifiedAttributes() {
    return HashSet.empty();
  }

  /**
   * {@code UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate}: the contacts whose verified value
   * stays until a new value is verified by code; a subset of {@link #autoVerifiedAttributes()} (the service checks it).
   */
  @Value.Default
  public Set<ContactAttribute> attributesRequireVerificationBeforeUpdate() {
    return HashSet.empty();
  }

  /** Whether names match regardless of case. */
  @Value.Default
  public CaseSensitivity caseSensitivity() {
    return CaseSensitivity.CASE_SENSITIVE;
  }

  /** {@code Policies.SignInPolicy}: the first factors USER_AUTH may start with; PASSWORD only unless given. */
  @Value.Default
  public SignInPolicy signInPolicy() {
    return SignInPolicy.passwordOnly();
  }

  /** The MFA configuration (SetUserPoolMfaConfig); OFF for a new pool. */
  @Value.Default
  public PoolMfa mfa() {
    return PoolMfa.off();
  }

  /** The schema: the standard attributes and the custom ones ({@code SchemaAttributes}). */
  @Value.Default
  public Schema schema() {
    return Schema.standard();
  }

  /** {@code LambdaConfig}: the function each trigger invokes. */
  @Value.Default
  public LambdaConfig lambdaConfig() {
    return LambdaConfig.none();
  }

  /** The app clients by id. */
  @Value.Default
  public Map<ClientId, AppClient> clients() {
    return LinkedHashMap.empty();
  }

  /** The resource servers by identifier, in the order they were created (CreateResourceServer). */
  @Value.Default
  public Map<String, ResourceServer> resourceServers() {
    return LinkedHashMap.empty();
  }

  /** {@code DeviceConfiguration}: device tracking, when the pool remembers devices; none unless given. */
  @Value.Default
  public Option<DeviceConfiguration> deviceConfiguration() {
    return Option.none();
  }

  /** The prefix domain of the hosted endpoints (CreateUserPoolDomain), if one was created. */
  @Value.Default
  public Option<String> domain() {
    return Option.none();
  }

  /** {@code UserPoolTags}: the pool's tags, key to value, in the order they were given ({@link PoolTags}). */
  @Value.Default
  public Map<String, String> tags() {
    return LinkedHashMap.empty();
  }

  /**
   * {@code AdminCreateUserConfig.AllowAdminCreateUserOnly}: only administrators create users, SignUp is refused; false
   * for a new pool.
   */
  @Value.Default
  public boolean allowAdminCreateUserOnly() {
    return false;
  }

  /** {@code DeletionProtection}: whether DeleteUserPool refuses the pool; INACTIVE for a new pool. */
  @Value.Default
  public DeletionProtection deletionProtection() {
    return DeletionProtection.INACTIVE;
  }

  /** {@code AccountRecoverySetting}: the mechanisms ForgotPassword may use; none (Cognito's legacy choice) unless given. */
  @Value.Default
  public Option<AccountRecoverySetting> accountRecoverySetting() {
    return Option.none();
  }

  /**
   * The pool's words for verification codes (sign-up confirmation, attribute verification, password reset):
   * {@code VerificationMessageTemplate}, or the older {@code SmsVerificationMessage}, {@code EmailVerificationMessage} and
   * {@code EmailVerificationSubject}; Cognito's defaults unless given.
   */
  @Value.Default
  public MessageTemplate verificationMessageTemplate() {
    return MessageTemplate.none();
  }

  /** {@code AdminCreateUserConfig.InviteMessageTemplate}: the pool's words for invitations; Cognito's defaults unless given. */
  @Value.Default
  public MessageTemplate inviteMessageTemplate() {
    return MessageTemplate.none();
  }

  /** When the pool was created. */
  public abstract Instant creationDate();

  /** When the pool was last changed. */
  public abstract Instant lastModifiedDate();

  /** The stored version, for optimistic concurrency; 0 for a pool never saved. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (!usernameAttributes().isEmpty() && !aliasAttributes().isEmpty()) {
      throw new IllegalArgumentException("a pool has UsernameAttributes or AliasAttributes, not both");
    }
    if (passwordPolicy().passwordHistorySize() > 0 && !tier().allowsPasswordHistory()) {
      throw new IllegalArgumentException("password history needs tier ESSENTIALS or PLUS");
    }
  }

  /** A builder with the API's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a pool. */
  public static final class Builder extends ImmutableUserPool.Builder {
    Builder() {}
  }

  // -- copies (strict builders have no from(); these keep the rest of the pool)

  /** This pool with another policy. */
  public abstract UserPool withPasswordPolicy(PasswordPolicy policy);

  /** This pool with another tier. */
  public abstract UserPool withTier(Tier tier);

  /** This pool with other {@code AttributesRequireVerificationBeforeUpdate}. */
  public abstract UserPool withAttributesRequireVerificationBeforeUpdate(Set<ContactAttribute> attributes);

  /** This pool with another schema. */
  public abstract UserPool withSchema(Schema schema);

  /** This pool with another LambdaConfig. */
  public abstract UserPool withLambdaConfig(LambdaConfig lambdaConfig);
  /** This pool with another MFA configuration. */
  public abstract UserPool withMfa(PoolMfa mfa);

  /** This pool with another SignInPolicy. */
  public abstract UserPool withSignInPolicy(SignInPolicy policy);

  /** This pool with another set of clients. */
  public abstract UserPool withClients(Map<ClientId, AppClient> clients);

  /** This pool with other resource servers. */
  public abstract UserPool withResourceServers(Map<String, ResourceServer> servers);

  /** This pool with another DeviceConfiguration, or none. */
  public abstract UserPool withDeviceConfiguration(Option<DeviceConfiguration> configuration);

  /** This pool with another domain, or none. */
  public abstract UserPool withDomain(Option<String> domain);

  /** This pool with other tags. */
  public abstract UserPool withTags(Map<String, String> tags);

  /** This pool with another {@code AllowAdminCreateUserOnly}. */
  public abstract UserPool withAllowAdminCreateUserOnly(boolean adminOnly);

  /** This pool with another DeletionProtection. */
  public abstract UserPool withDeletionProtection(DeletionProtection protection);

  /** This pool with another AccountRecoverySetting, or none. */
  public abstract UserPool withAccountRecoverySetting(Option<AccountRecoverySetting> setting);

  /** This pool with other words for verification codes. */
  public abstract UserPool withVerificationMessageTemplate(MessageTemplate template);

  /** This pool with other words for invitations. */
  public abstract UserPool withInviteMessageTemplate(MessageTemplate template);

  /** This pool with another modification date. */
  public abstract UserPool withLastModifiedDate(Instant instant);

  /** This pool with another version. */
  public abstract UserPool withVersion(long version);

  // -- queries

  /** The app client with this id, if the pool has it. */
  public Option<AppClient> client(ClientId id) {
    return clients().get(id);
  }

  /** Whether usernames are emails or phone numbers, so the stored username is the sub. */
  public boolean usernamesAreContacts() {
    return !usernameAttributes().isEmpty();
  }
}
