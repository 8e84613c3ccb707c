package dev.userpool.testkit.jqwik;

import dev.userpool.port.Users;
import dev.userpool.testkit.store.InMemoryUsers;

class InMemoryUsersProperties implements UsersContract {

  @Override
  public Users subject() {
    return new InMemoryUsers();
  }
}
