package dev.userpool.bench;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.testkit.sdk.SrpClient;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Authentication;
import dev.userpool.user.Context;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.SignInRefused;
import dev.userpool.user.SrpInitiation;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server's cost of a USER_SRP_AUTH sign-in on the decision level: both round trips (opening the exchange:
 * g^b; checking the proof: v^u and (A·v^u)^b, all 3072-bit), with the fast test hasher. The randomness is
 * fixed so that every iteration draws the same b and the client's answer, computed once, stays valid; the
 * exponent sizes, and so the cost, are those of a random draw. For scale: the client's side, and the
 * verifier every password set now computes.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
public class SrpSignInBenchmark extends BenchDefaults {

  static final Randomness FIXED = bytes -> Arrays.fill(bytes, (byte) 0xA5);

  User confirmed;
  Context ctx;
  String srpA;
  PasswordClaim claim;
  SrpInitiation opened;
  Password password = Password.of(BenchFixtures.PASSWORD);

  @Setup
  public void setUp() {
    PasswordHasher h = BenchFixtures.hasher("fast");
    Context seeded = BenchFixtures.context(BenchFixtures.pool(0), h);
    ctx = new Context(seeded.now(), seeded.pool(), h, FIXED, seeded.codes());
    User stored = BenchFixtures.userWithPassword(1, h, UserStatus.CONFIRMED, BenchFixtures.seeded(5));
    confirmed = stored.adminSetUserPassword(password, PasswordKind.PERMANENT, ctx).get().after();
    SrpClient client = SrpClient.start(BenchFixtures.pool(0).id().value(), BenchFixtures.seeded(9));
    srpA = client.srpA();
    opened = confirmed.initiateSrp(srpA, BenchFixtures.CLIENT, ctx).get();
    Map<String, String> answer = client.answer(challengeParameters(), BenchFixtures.PASSWORD, BenchFixtures.T0);
    claim = new PasswordClaim(answer.get("PASSWORD_CLAIM_SIGNATURE"), answer.get("PASSWORD_CLAIM_SECRET_BLOCK"),
        answer.get("TIMESTAMP"));
    if (!(srpSignIn().get().outcome() instanceof AuthOutcome.Authenticated)) {
      throw new IllegalStateException("the SRP sign-in does not authenticate as the benchmark expects");
    }
  }

  /** Both round trips: InitiateAuth's exchange, then the PASSWORD_VERIFIER answer; authenticated. */
  @Benchmark
  public Either<SignInRefused, Authentication> srpSignIn() {
    SrpInitiation init = confirmed.initiateSrp(srpA, BenchFixtures.CLIENT, ctx).get();
    return init.after().answerPasswordVerifier(claim, Option.some(init.session()), BenchFixtures.CLIENT, ctx);
  }

  /** The first round trip alone: check SRP_A, draw b, B = k·v + g^b. */
  @Benchmark
  public SrpInitiation initiate() {
    return confirmed.initiateSrp(srpA, BenchFixtures.CLIENT, ctx).get();
  }

  /** The second round trip alone: the proof checked and the decision taken. */
  @Benchmark
  public Either<SignInRefused, Authentication> answer() {
    return opened.after().answerPasswordVerifier(claim, Option.some(opened.session()), BenchFixtures.CLIENT, ctx);
  }

  /** What a client computes for one sign-in (g^a, g^x, then one 3072-bit power with a ~1300-bit exponent). */
  @Benchmark
  public Map<String, String> clientSide() {
    SrpClient client = SrpClient.start(BenchFixtures.pool(0).id().value(), FIXED);
    return client.answer(challengeParameters(), BenchFixtures.PASSWORD, BenchFixtures.T0);
  }

  private Map<String, String> challengeParameters() {
    return Map.of("USER_ID_FOR_SRP", opened.userIdForSrp(), "SALT", opened.verifier().saltHex(),
        "SRP_B", opened.challenge().srpB(), "SECRET_BLOCK", opened.challenge().secretBlock());
  }

  /** The verifier every password set now computes beside the hash (one g^x). */
  @Benchmark
  public SrpVerifier verifierOnPasswordSet() {
    return SrpVerifier.compute("BENCH", "user-1", password, FIXED);
  }
}
