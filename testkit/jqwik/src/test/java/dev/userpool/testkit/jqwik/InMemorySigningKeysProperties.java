package dev.userpool.testkit.jqwik;

import dev.userpool.port.SigningKeys;
import dev.userpool.testkit.store.InMemorySigningKeys;

class InMemorySigningKeysProperties implements SigningKeysContract {

  @Override
  public SigningKeys subject() {
    return new InMemorySigningKeys();
  }
}
