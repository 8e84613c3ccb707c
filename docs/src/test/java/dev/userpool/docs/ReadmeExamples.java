package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.port.UserPools;
import dev.userpool.service.Requests;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InsecureFastHasher;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.User;
import io.vavr.control.Either;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Example;

/** The root README's example of embedding the library in a fake; RootReadmeTest keeps the README's copy equal. */
class ReadmeExamples {

  @Example
  void embeddingTheServiceBehindYourOwnStore() {
    UserPools yourStore = new InMemoryUserPools(); // a fake's own storage would implement the port
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    UserPoolService setup = UserPoolService.builder().pools(yourStore).randomness(SeededRandomness.withSeed(1))
        .hasher(InsecureFastHasher.forTestsOnly()).clock(clock).build();
    String poolId = setup.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
    setup.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null, List.of(), "SUPPRESS")).get();

    // tag::readme-embed[]
    UserPoolService cognito = UserPoolService.builder()
        .pools(yourStore) // your storage, behind the UserPools port
        .randomness(new SecureRandom()::nextBytes)
        .clock(clock)
        .build(); // PBKDF2-HMAC-SHA256 by default

    Either<CognitoError, User> outcome = cognito.adminSetUserPassword(
        new Requests.AdminSetUserPassword(poolId, "jane", "Summer2024", true));
    String reply = outcome.fold(
        error -> error.httpStatus() + " " + error.cognitoError() + ": " + error.message(),
        user -> "200 " + user.status());
    // 400 InvalidPasswordException: Password does not conform to policy: Password must have symbol characters
    // end::readme-embed[]

    assertThat(reply).isEqualTo("400 InvalidPasswordException: Password does not conform to policy: Password must have symbol characters");
  }
}
