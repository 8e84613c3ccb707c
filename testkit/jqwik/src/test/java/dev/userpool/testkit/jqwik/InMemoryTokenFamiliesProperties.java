package dev.userpool.testkit.jqwik;

import dev.userpool.port.TokenFamilies;
import dev.userpool.testkit.store.InMemoryTokenFamilies;

class InMemoryTokenFamiliesProperties implements TokenFamiliesContract {

  @Override
  public TokenFamilies subject() {
    return new InMemoryTokenFamilies();
  }
}
