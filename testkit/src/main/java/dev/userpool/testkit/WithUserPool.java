package dev.userpool.testkit;

import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pool a {@link CognitoTest} injects as {@link TestPool}: the settings of {@link PoolSpec}, each
 * defaulting to the API's default. On a method it replaces (does not merge with) the one on the class;
 * on a class it covers its methods and {@code @Nested} classes. It registers the extension itself, so it
 * also works without {@link CognitoTest}.
 *
 * <pre>{@code
 * @WithUserPool(passwordHistorySize = 5, aliasAttributes = AliasAttribute.EMAIL,
 *               preventUserExistenceErrors = PreventUserExistenceErrors.ENABLED)
 * }</pre>
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CognitoExtension.class)
public @interface WithUserPool {

  /** {@code PoolName}. */
  String name() default PoolSpec.DEFAULT_NAME;

  /** {@code MinimumLength}. */
  int minimumLength() default PasswordPolicy.DEFAULT_MINIMUM_LENGTH;

  /** {@code RequireUppercase}. */
  boolean requireUppercase() default true;

  /** {@code RequireLowercase}. */
  boolean requireLowercase() default true;

  /** {@code RequireNumbers}. */
  boolean requireNumbers() default true;

  /** {@code RequireSymbols}. */
  boolean requireSymbols() default true;

  /** {@code PasswordHistorySize}; above 0 it needs tier ESSENTIALS or PLUS. */
  int passwordHistorySize() default 0;

  /** {@code TemporaryPasswordValidityDays}. */
  int temporaryPasswordValidityDays() default PasswordPolicy.DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS;

  /** The feature plan. */
  Tier tier() default Tier.ESSENTIALS;

  /** {@code UsernameAttributes}. */
  ContactAttribute[] usernameAttributes() default {};

  /** {@code AliasAttributes}. */
  AliasAttribute[] aliasAttributes() default {};

  /** {@code AutoVerifiedAttributes}. */
  ContactAttribute[] autoVerifiedAttributes() default {};

  /** {@code UsernameConfiguration.CaseSensitive}. */
  CaseSensitivity caseSensitivity() default CaseSensitivity.CASE_SENSITIVE;

  /** The app client's {@code PreventUserExistenceErrors}. */
  PreventUserExistenceErrors preventUserExistenceErrors() default PreventUserExistenceErrors.LEGACY;

  /** The app client's {@code AuthSessionValidity}, in minutes. */
  int authSessionValidity() default AppClient.DEFAULT_AUTH_SESSION_VALIDITY;
}
