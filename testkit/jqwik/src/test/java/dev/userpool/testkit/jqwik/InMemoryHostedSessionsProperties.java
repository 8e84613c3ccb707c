package dev.userpool.testkit.jqwik;

import dev.userpool.port.HostedSessions;
import dev.userpool.testkit.store.InMemoryHostedSessions;

class InMemoryHostedSessionsProperties implements HostedSessionsContract {

  @Override
  public HostedSessions subject() {
    return new InMemoryHostedSessions();
  }
}
