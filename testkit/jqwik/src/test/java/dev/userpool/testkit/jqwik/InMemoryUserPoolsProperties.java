package dev.userpool.testkit.jqwik;

import dev.userpool.port.UserPools;
import dev.userpool.testkit.store.InMemoryUserPools;

class InMemoryUserPoolsProperties implements UserPoolsContract {

  @Override
  public UserPools subject() {
    return new InMemoryUserPools();
  }
}
