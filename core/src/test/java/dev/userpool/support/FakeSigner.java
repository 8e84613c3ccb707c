package dev.userpool.support;

import dev.userpool.token.Claims;
import dev.userpool.token.TokenSigner;
import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A signer for core's tests: tokens are numbered strings it remembers (the RS256 one lives in the testkit). */
public final class FakeSigner implements TokenSigner {

  private final Map<String, Claims> signed = new ConcurrentHashMap<>();

  @Override
  public String sign(Claims claims) {
    String token = "signed." + signed.size() + "." + claims.use().get().claim();
    signed.put(token, claims);
    return token;
  }

  @Override
  public Option<Claims> verify(String token) {
    return token == null ? Option.none() : Option.of(signed.get(token));
  }
}
