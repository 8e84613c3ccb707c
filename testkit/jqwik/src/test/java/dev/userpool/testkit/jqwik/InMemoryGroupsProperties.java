package dev.userpool.testkit.jqwik;

import dev.userpool.port.Groups;
import dev.userpool.testkit.store.InMemoryGroups;

class InMemoryGroupsProperties implements GroupsContract {

  @Override
  public Groups subject() {
    return new InMemoryGroups();
  }
}
