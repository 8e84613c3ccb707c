package dev.userpool.testkit.jqwik;

import dev.userpool.port.UserPools;
import dev.userpool.testkit.InMemoryUserPools;

class InMemoryUserPoolsProperties implements UserPoolsContract {

  @Override
  public UserPools subject() {
    return new InMemoryUserPools();
  }
}
