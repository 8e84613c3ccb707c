package dev.userpool.testkit;

import dev.userpool.port.Users;

class InMemoryUsersProperties implements UsersContract {

  @Override
  public Users subject() {
    return new InMemoryUsers();
  }
}
