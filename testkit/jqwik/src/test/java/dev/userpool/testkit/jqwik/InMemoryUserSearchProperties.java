package dev.userpool.testkit.jqwik;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.port.Users;
import dev.userpool.testkit.store.InMemoryUsers;

class InMemoryUserSearchProperties implements UserSearchContract {

  @Override
  public Users subject(CaseSensitivity caseSensitivity) {
    return new InMemoryUsers(caseSensitivity);
  }
}
