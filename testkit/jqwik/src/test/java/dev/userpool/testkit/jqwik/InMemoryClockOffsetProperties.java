package dev.userpool.testkit.jqwik;

import dev.userpool.testkit.inprocess.ClockOffset;

class InMemoryClockOffsetProperties implements ClockOffsetContract {

  @Override
  public ClockOffset subject() {
    return ClockOffset.inMemory();
  }
}
