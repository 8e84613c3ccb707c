package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Issuer;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Attribute verification over any sequence of updates, code requests, right and wrong codes and passing time:
 * an email is verified only at a value a code was delivered to (or the one it started verified at), and a refused
 * call leaves the stored user as it was.
 */
class VerificationProperties {

  enum Kind {
    UPDATE_EMAIL, ADMIN_UPDATE_EMAIL, GET_CODE, VERIFY_LAST, VERIFY_OLDEST, VERIFY_GUESS, VERIFY_PHONE, ADVANCE_HOURS
  }

  record Step(Kind kind, int n) {}

  @Property(tries = 150)
  void verifiedEmailsComeOnlyFromDeliveredCodesAndRefusalsChangeNothing(@ForAll("steps") List<Step> steps,
      @ForAll boolean requireVerificationBeforeUpdate) {
    World world = new World(requireVerificationBeforeUpdate);
    Set<String> verifiedAt = new LinkedHashSet<>(Set.of("jane@example.com"));
    for (Step step : steps) {
      User before = world.stored();
      Either<CognitoError, ?> outcome = world.run(step);
      User after = world.stored();
      if (outcome.isLeft()) {
        assertThat(after).as("refused %s", step).isEqualTo(before);
      }
      if (outcome.isRight() && outcome.get() instanceof User verified) {
        String email = verified.attributes().contact(ContactAttribute.EMAIL).get();
        assertThat(world.deliveredTo(world.lastUsedCode)).as("verified at a value its code went to").contains(email);
        verifiedAt.add(email);
      }
      if (after.attributes().isVerified(ContactAttribute.EMAIL)) {
        assertThat(verifiedAt).as("after %s", step).contains(after.attributes().contact(ContactAttribute.EMAIL).get());
      }
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 30)).as(Step::new)
        .list().ofMaxSize(12);
  }

  /** One pool (email alias, auto-verified), jane with a verified email, and the services over them. */
  private static final class World {
    private final SimpleUserPools pools = new SimpleUserPools();
    private final MutableClock clock = new MutableClock(Fixtures.T0);
    private final List<Message.CodeMessage> sent = new ArrayList<>();
    private final AtomicInteger codes = new AtomicInteger(100_000);
    private final UserPoolService service = UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER)
        .randomness(Fixtures.seeded(1)).codes(() -> ConfirmationCode.of(Integer.toString(codes.incrementAndGet())))
        .deliveries((pool, m) -> m.fold(c -> sent.add(c), invitation -> false)).clock(clock).build();
    private final TokenService tokens = new TokenService(pools, new SimpleGroups(), new SimpleTokenFamilies(), new FakeSigner(),
        Fixtures.seeded(3), clock, Issuer::aws);
    private final VerificationService verifications = new VerificationService(service, tokens, pools, op -> true);
    private final UserPool pool;
    private final User jane = Fixtures.user(UserStatus.CONFIRMED);
    private String lastUsedCode = "";

    World(boolean requireVerificationBeforeUpdate) {
      pool = UserPool.builder().id(new UserPoolId("us-east-1_TEST")).name("test")
          .aliasAttributes(HashSet.of(AliasAttribute.EMAIL)).autoVerifiedAttributes(HashSet.of(ContactAttribute.EMAIL))
          .attributesRequireVerificationBeforeUpdate(
              requireVerificationBeforeUpdate ? HashSet.of(ContactAttribute.EMAIL) : HashSet.empty())
          .clients(LinkedHashMap.of(Fixtures.CLIENT_ID, Fixtures.CLIENT)).creationDate(Fixtures.T0).lastModifiedDate(Fixtures.T0)
          .version(1).build();
      pools.save(pool);
      pools.users(pool.id()).save(jane, Naming.of(pool).keysOf(jane));
    }

    User stored() {
      return pools.users(pool.id()).find(new LookupKey.BySub(jane.sub())).get();
    }

    List<String> deliveredTo(String code) {
      return sent.stream().filter(m -> m.code().reveal().equals(code)).map(m -> m.to().destination()).toList();
    }

    Either<CognitoError, ?> run(Step step) {
      String token = tokens.issue(pool, Fixtures.CLIENT, stored()).accessToken();
      String email = "jane" + (step.n() % 4) + "@example.com";
      switch (step.kind()) {
        case UPDATE_EMAIL :
          return Commands.UpdateUserAttributes.of(pool.id(), jane.sub(), List.of(new Requests.AttributeType("email", email)))
              .flatMap(service::updateUserAttributes);
        case ADMIN_UPDATE_EMAIL :
          return service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(pool.id().value(), jane.username().value(),
              List.of(new Requests.AttributeType("email", email))));
        case GET_CODE :
          return verifications.getUserAttributeVerificationCode(new Requests.GetUserAttributeVerificationCode(token, "email", null));
        case VERIFY_LAST :
          return verify(token, "email", sent.isEmpty() ? "100000" : sent.get(sent.size() - 1).code().reveal());
        case VERIFY_OLDEST :
          return verify(token, "email", sent.isEmpty() ? "100000" : sent.get(0).code().reveal());
        case VERIFY_GUESS :
          return verify(token, "email", String.format("%06d", step.n()));
        case VERIFY_PHONE :
          return verify(token, "phone_number", "100001");
        case ADVANCE_HOURS :
          clock.advance(Duration.ofHours(step.n()));
          return Either.right("time passed");
        default :
          throw new AssertionError(step);
      }
    }

    private Either<CognitoError, ?> verify(String token, String attribute, String code) {
      lastUsedCode = code;
      return verifications.verifyUserAttribute(new Requests.VerifyUserAttribute(token, attribute, code));
    }
  }
}
