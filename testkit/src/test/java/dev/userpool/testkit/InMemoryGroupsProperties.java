package dev.userpool.testkit;

import dev.userpool.port.Groups;

class InMemoryGroupsProperties implements GroupsContract {

  @Override
  public Groups subject() {
    return new InMemoryGroups();
  }
}
