package dev.userpool.testkit.jqwik;

import dev.userpool.port.AuthorizationCodes;
import dev.userpool.testkit.store.InMemoryAuthorizationCodes;

class InMemoryAuthorizationCodesProperties implements AuthorizationCodesContract {

  @Override
  public AuthorizationCodes subject() {
    return new InMemoryAuthorizationCodes();
  }
}
