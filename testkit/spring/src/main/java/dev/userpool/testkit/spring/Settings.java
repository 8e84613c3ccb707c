package dev.userpool.testkit.spring;

import dev.userpool.testkit.CognitoExtension;
import dev.userpool.testkit.PoolSpec;
import dev.userpool.testkit.WithUserPool;
import java.util.List;

/**
 * What one context's Cognito is made of: the annotation's values and the pool's {@link WithUserPool}. Equal
 * settings mean one cached context (the {@link CognitoContextCustomizer}'s identity).
 *
 * @param withUserPool the test class's pool settings, or null for the defaults
 */
record Settings(AutoConfigureCognito.Mode mode, String clock, long seed, List<String> userPoolIdProperties,
    List<String> clientIdProperties, boolean checkJwtDecoder, WithUserPool withUserPool) {

  static Settings of(AutoConfigureCognito a, WithUserPool pool) {
    return new Settings(a.mode(), a.clock(), a.seed(), List.of(a.userPoolIdProperties()), List.of(a.clientIdProperties()),
        a.checkJwtDecoder(), pool);
  }

  PoolSpec poolSpec() {
    return withUserPool == null ? PoolSpec.defaults() : CognitoExtension.specOf(withUserPool);
  }
}
