package dev.userpool.testkit.spring.sample;

import dev.userpool.testkit.spring.CognitoSignIn;
import dev.userpool.testkit.spring.LocalCognito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

/** What both modes' tests inject for {@link SampleApplicationContract}; each mode's class carries its annotations. */
abstract class SampleApplicationBase implements SampleApplicationContract {

  @Autowired
  MockMvc mvc;
  @Autowired
  CognitoSignIn signIn;
  @Autowired
  LocalCognito cognito;
  @Autowired
  Environment environment;

  @Override
  public MockMvc mvc() {
    return mvc;
  }

  @Override
  public CognitoSignIn signIn() {
    return signIn;
  }

  @Override
  public LocalCognito cognito() {
    return cognito;
  }

  @Override
  public Environment environment() {
    return environment;
  }
}
