package dev.userpool.testkit.conformance;

import java.util.ArrayList;
import java.util.List;

/** The rules written for the kit beyond the scenarios and the generated ones. */
final class MoreRules {

  private MoreRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    rules.addAll(PolicyRules.all());
    rules.addAll(ExistenceRules.all());
    rules.addAll(GroupRules.all());
    rules.addAll(TokenRules.all());
    rules.addAll(SecretRules.all());
    rules.addAll(OrderRules.all());
    rules.addAll(MfaRules.all());
    rules.addAll(OAuthRules.all());
    rules.addAll(TriggerRules.all());
    rules.addAll(MfaSetupRules.all());
    rules.addAll(OAuthEndpointRules.all());
    rules.addAll(TriggerRunRules.all());
    rules.addAll(ConfigurationRules.all());
    return rules;
  }
}
