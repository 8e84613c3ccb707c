package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.port.Users;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Issuer;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of sign-ins, renewals, sign-outs, revocations, disabling, enabling, deleting and time
 * passing, on one user (disabling and deleting revoke the user's tokens, as the service does): an access token
 * is only ever accepted for a stored, enabled user; and a token once refused as revoked is refused for ever
 * after, whether the user is enabled again or created again with the same sub.
 */
class TokenServiceProperties {

  enum Step {
    SIGN_IN, REFRESH, GLOBAL_SIGN_OUT, ADMIN_SIGN_OUT, REVOKE, DISABLE, ENABLE, DELETE, RECREATE, MINUTES_20, DAYS_10
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(30);
  }

  record Held(String access, Option<String> refresh) {}

  @Property(tries = 300)
  void tokensOnlyForEnabledUsersAndRevocationIsPermanent(@ForAll("steps") List<Step> steps) {
    SimpleUserPools pools = new SimpleUserPools();
    MutableClock clock = new MutableClock(Fixtures.T0);
    TokenService tokens = new TokenService(pools, new SimpleGroups(), new SimpleTokenFamilies(), new FakeSigner(),
        Fixtures.seeded(9), clock, Issuer::aws);
    UserPool pool = Fixtures.pool(PasswordPolicy.cognitoDefault());
    AppClient client = Fixtures.CLIENT;
    pools.save(pool);
    Users users = pools.users(pool.id());
    User original = Fixtures.user(UserStatus.CONFIRMED);
    users.save(original, Naming.of(pool).keysOf(original));
    List<Held> held = new ArrayList<>();
    Set<String> revoked = new HashSet<>();

    for (Step step : steps) {
      Option<User> user = users.find(new LookupKey.BySub(original.sub()));
      switch (step) {
        case SIGN_IN -> {
          if (user.isDefined() && user.get().enabled()) {
            TokenService.Issued issued = tokens.issue(pool, client, user.get());
            held.add(new Held(issued.accessToken(), issued.refreshToken()));
          }
        }
        case REFRESH -> held.stream().filter(h -> h.refresh().isDefined()).reduce((a, b) -> b)
            .ifPresent(h -> tokens.refresh(pool, client, h.refresh().get()).forEach(i -> held.add(new Held(i.accessToken(), h.refresh()))));
        case GLOBAL_SIGN_OUT -> held.stream().reduce((a, b) -> b).ifPresent(h -> tokens.globalSignOut(h.access()));
        case ADMIN_SIGN_OUT -> user.forEach(u -> tokens.signOut(pool.id(), u));
        case REVOKE -> held.stream().filter(h -> h.refresh().isDefined()).findFirst()
            .ifPresent(h -> tokens.revokeToken(h.refresh().get(), client.clientId()));
        case DISABLE -> user.forEach(u -> { // as AdminDisableUser does: disabled, and every token revoked
          users.save(u.adminDisableUser(Fixtures.context(clock.instant())).get().after(), Naming.of(pool).keysOf(u));
          tokens.signOut(pool.id(), u);
        });
        case ENABLE -> user.forEach(u -> users.save(u.adminEnableUser(Fixtures.context(clock.instant())).get().after(),
            Naming.of(pool).keysOf(u)));
        case DELETE -> user.forEach(u -> { // as AdminDeleteUser does
          users.delete(u);
          tokens.signOut(pool.id(), u);
        });
        case RECREATE -> {
          if (user.isEmpty()) {
            users.save(original, Naming.of(pool).keysOf(original));
          }
        }
        case MINUTES_20 -> clock.advance(Duration.ofMinutes(20));
        case DAYS_10 -> clock.advance(Duration.ofDays(10));
        default -> throw new IllegalStateException("unknown step " + step);
      }

      Option<User> now = users.find(new LookupKey.BySub(original.sub()));
      for (Held h : held) {
        Either<CognitoError, ?> outcome = tokens.authorize(h.access());
        if (outcome.isRight()) {
          assertThat(now.exists(User::enabled)).as("accepted only for a stored, enabled user").isTrue();
          assertThat(revoked).as("a revoked token stays revoked").doesNotContain(h.access());
        } else if (outcome.getLeft().message().equals("Access Token has been revoked")) {
          revoked.add(h.access());
        }
      }
    }
  }
}
