package dev.userpool.testkit;

import dev.userpool.port.UserPools;

class InMemoryUserPoolsProperties implements UserPoolsContract {

  @Override
  public UserPools subject() {
    return new InMemoryUserPools();
  }
}
