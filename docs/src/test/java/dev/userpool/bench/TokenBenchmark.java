package dev.userpool.bench;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHasher;
import dev.userpool.pool.UserPool;
import dev.userpool.service.TokenService;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.store.InMemoryGroups;
import dev.userpool.testkit.store.InMemoryTokenFamilies;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.Issuer;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Context;
import dev.userpool.user.User;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * A sign-in with tokens: the sign-in decision, then two RS256 signatures (ID and access token, 2048-bit keys)
 * and a token family recorded; and what a call that takes an access token pays to check it.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenBenchmark extends BenchDefaults {

  UserPool pool;
  User user;
  Context ctx;
  TokenService tokens;
  String accessToken;
  Password right = Password.of(BenchFixtures.PASSWORD);

  @Setup
  public void setUp() {
    PasswordHasher h = BenchFixtures.hasher("fast");
    InMemoryUserPools pools = new InMemoryUserPools();
    pool = BenchFixtures.pool(0);
    user = BenchFixtures.fill(pools, pool, 1)[0];
    ctx = BenchFixtures.context(pool, h);
    tokens = new TokenService(pools, new InMemoryGroups(), new InMemoryTokenFamilies(), RsaTokenSigner.seeded(1),
        BenchFixtures.seeded(2), ControllableClock.at(BenchFixtures.T0), Issuer::aws);
    accessToken = tokens.issue(pool, BenchFixtures.CLIENT, user).accessToken();
    if (!(user.signIn(right, BenchFixtures.CLIENT, ctx).get().outcome() instanceof AuthOutcome.Authenticated)
        || tokens.authorize(accessToken).isLeft()) {
      throw new IllegalStateException("the sign-in or the token does not decide as the benchmark expects");
    }
  }

  /** Sign-in decision (fast hasher) and the tokens it yields: what InitiateAuth costs above the store. */
  @Benchmark
  public TokenService.Issued signInWithTokens() {
    user.signIn(right, BenchFixtures.CLIENT, ctx).get();
    return tokens.issue(pool, BenchFixtures.CLIENT, user);
  }

  /** The tokens alone: claims, two RS256 signatures, a family recorded. */
  @Benchmark
  public TokenService.Issued issueTokens() {
    return tokens.issue(pool, BenchFixtures.CLIENT, user);
  }

  /** An access token checked: signature verified, expiry, family, user. */
  @Benchmark
  public Either<CognitoError, Tuple2<UserPool, User>> authorizeAccessToken() {
    return tokens.authorize(accessToken);
  }
}
