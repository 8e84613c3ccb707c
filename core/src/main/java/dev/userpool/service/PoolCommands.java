package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.schema.SchemaDefinition;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The commands of the pool and app client operations (CreateUserPool to DeleteUserPoolClient). {@link Commands} implements this
 * holder, so each command keeps its name {@code Commands.CreateUserPool} (a member type inherited from a superinterface);
 * nothing else may implement it.
 */
public sealed interface PoolCommands permits Commands {

  /** CreateUserPool; {@code tier} is ESSENTIALS when the request left it out. */
  public record CreateUserPool(String poolName, PasswordPolicy passwordPolicy, Tier tier, Set<ContactAttribute> usernameAttributes,
      Set<AliasAttribute> aliasAttributes, Set<ContactAttribute> autoVerifiedAttributes, CaseSensitivity caseSensitivity,
      Set<ContactAttribute> attributesRequireVerificationBeforeUpdate, Seq<SchemaDefinition> schema, boolean allowAdminCreateUserOnly) {

    /** Without AllowAdminCreateUserOnly (false). */
    public CreateUserPool(String poolName, PasswordPolicy passwordPolicy, Tier tier, Set<ContactAttribute> usernameAttributes,
        Set<AliasAttribute> aliasAttributes, Set<ContactAttribute> autoVerifiedAttributes, CaseSensitivity caseSensitivity,
        Set<ContactAttribute> attributesRequireVerificationBeforeUpdate, Seq<SchemaDefinition> schema) {
      this(poolName, passwordPolicy, tier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitivity,
          attributesRequireVerificationBeforeUpdate, schema, false);
    }

    /** Without AttributesRequireVerificationBeforeUpdate and a Schema (the standard attributes alone). */
    public CreateUserPool(String poolName, PasswordPolicy passwordPolicy, Tier tier, Set<ContactAttribute> usernameAttributes,
        Set<AliasAttribute> aliasAttributes, Set<ContactAttribute> autoVerifiedAttributes, CaseSensitivity caseSensitivity) {
      this(poolName, passwordPolicy, tier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitivity,
          HashSet.empty(), List.empty());
    }
  }

  /** AddCustomAttributes. */
  public record AddCustomAttributes(UserPoolId userPoolId, Seq<SchemaDefinition> customAttributes) {}

  /** UpdateUserPool; an absent tier keeps the pool's. */
  public record UpdateUserPool(UserPoolId userPoolId, PasswordPolicy passwordPolicy, Option<Tier> tier,
      Set<ContactAttribute> attributesRequireVerificationBeforeUpdate, boolean allowAdminCreateUserOnly) {

    /** Without AllowAdminCreateUserOnly (false). */
    public UpdateUserPool(UserPoolId userPoolId, PasswordPolicy passwordPolicy, Option<Tier> tier,
        Set<ContactAttribute> attributesRequireVerificationBeforeUpdate) {
      this(userPoolId, passwordPolicy, tier, attributesRequireVerificationBeforeUpdate, false);
    }

    /** Without AttributesRequireVerificationBeforeUpdate. */
    public UpdateUserPool(UserPoolId userPoolId, PasswordPolicy passwordPolicy, Option<Tier> tier) {
      this(userPoolId, passwordPolicy, tier, HashSet.empty(), false);
    }
  }

  /** CreateUserPoolClient, with Cognito's defaults filled in. */
  public record CreateUserPoolClient(UserPoolId userPoolId, String clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
      PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity, boolean generateSecret,
      TokenValidity tokenValidity, Option<Seq<String>> readAttributes, Option<Seq<String>> writeAttributes) {
    /** With the default ReadAttributes and WriteAttributes. */
    public CreateUserPoolClient(UserPoolId userPoolId, String clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
        PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity, boolean generateSecret,
        TokenValidity tokenValidity) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret, tokenValidity,
          Option.none(), Option.none());
    }

    /** With Cognito's default token lifetimes. */
    public CreateUserPoolClient(UserPoolId userPoolId, String clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
        PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity, boolean generateSecret) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret,
          TokenValidity.cognitoDefault());
    }
  }

  /** An operation on one app client of a pool (DescribeUserPoolClient). */
  public record PoolClient(UserPoolId userPoolId, ClientId clientId) {}

  /** ListUserPools; {@code maxResults} 1..60; {@code after} the last pool id of the previous page. */
  public record ListUserPools(int maxResults, Option<UserPoolId> after) {}

  /** ListUserPoolClients; the token is parsed after the pool is found. */
  public record ListUserPoolClients(UserPoolId userPoolId, int maxResults, Either<CognitoError, Option<ClientId>> after) {}

  /** UpdateUserPoolClient, with Cognito's defaults in place of the members left out; an absent name keeps the name. */
  public record UpdateUserPoolClient(UserPoolId userPoolId, ClientId clientId, Option<String> clientName,
      Set<ExplicitAuthFlow> explicitAuthFlows, PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity,
      TokenValidity tokenValidity, Option<Seq<String>> readAttributes, Option<Seq<String>> writeAttributes) {
    /** With the default ReadAttributes and WriteAttributes. */
    public UpdateUserPoolClient(UserPoolId userPoolId, ClientId clientId, Option<String> clientName,
        Set<ExplicitAuthFlow> explicitAuthFlows, PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity,
        TokenValidity tokenValidity) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, tokenValidity,
          Option.none(), Option.none());
    }

    /** With Cognito's default token lifetimes. */
    public UpdateUserPoolClient(UserPoolId userPoolId, ClientId clientId, Option<String> clientName,
        Set<ExplicitAuthFlow> explicitAuthFlows, PreventUserExistenceErrors preventUserExistenceErrors,
        int authSessionValidity) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity,
          TokenValidity.cognitoDefault());
    }
  }
}
