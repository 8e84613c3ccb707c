package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Issuer;
import dev.userpool.user.ConfirmationCode;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * GetTokensFromRefreshToken with any members (null, empty, long, control characters, lone surrogates, a real client
 * id or secret mixed in): always a Cognito error of its operation's list, or tokens, never an exception, and no
 * message that repeats the refresh token or secret sent.
 */
class GetTokensFromRefreshTokenProperties {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final UserPoolService service = UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(1))
      .codes(() -> ConfirmationCode.of("123456")).clock(clock).build();
  private final TokenService tokens = new TokenService(pools, new SimpleGroups(), new SimpleTokenFamilies(), new FakeSigner(),
      Fixtures.seeded(3), clock, Issuer::aws);
  private final TokenOperations operations = new TokenOperations(service, tokens, pools, new SimpleGroups(), op -> true);
  private final String poolId = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
  private final String clientId = service.poolConfiguration()
      .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "server", null, null, null, true))
      .get().clientId().value();

  @Provide
  Arbitrary<String> members() {
    return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(""), Arbitraries.just(clientId),
        Arbitraries.strings().ofMaxLength(80), Arbitraries.strings().withChars("abcXYZ019-_=.+").ofMinLength(1).ofMaxLength(70),
        Arbitraries.strings().withChars('\u0000', '\u001f', '\ud800', 'a').ofMaxLength(10),
        Arbitraries.strings().withChars('x').ofLength(5000));
  }

  @Property(tries = 300)
  void anyRequestIsAnsweredWithOneOfTheOperationsErrors(@ForAll("members") String refreshToken, @ForAll("members") String client,
      @ForAll("members") String secret) {
    Either<CognitoError, TokenService.Issued> outcome = operations.getTokensFromRefreshToken(
        new Requests.GetTokensFromRefreshToken(refreshToken, client, secret, Map.of("k", "v")));

    assertThat(outcome.isLeft()).as("no refresh token was ever issued").isTrue();
    CognitoError error = outcome.getLeft();
    assertThat(error).isNotInstanceOf(CognitoError.InternalError.class);
    assertThat(Operation.GET_TOKENS_FROM_REFRESH_TOKEN.errors()).contains(error.cognitoError());
    for (String secretSent : List.of(String.valueOf(refreshToken), String.valueOf(secret))) {
      if (secretSent.length() > 8 && !secretSent.equals(client)) {
        assertThat(error.message()).doesNotContain(secretSent);
      }
    }
  }
}
