package dev.userpool.bench;

import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;

/**
 * A realistic test's calls through testkit's in-process client, on one thread with the fast test hasher:
 * CreateUserPool, CreateUserPoolClient, AdminCreateUser, AdminSetUserPassword (temporary),
 * AdminInitiateAuth (answered with NEW_PASSWORD_REQUIRED) and AdminRespondToAuthChallenge (tokens): six
 * operations per invocation, so the score is operations per second. Each iteration starts from a new
 * InProcessCognito; pools accumulate in it during the iteration, as they would over a test suite. The path
 * is long (SDK shapes, service, domain), so the JIT needs many seconds: fifteen warmup iterations.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 1)
public class ScenarioBenchmark extends BenchDefaults {

  static final int OPERATIONS = 6;

  InProcessCognito cognito;
  InProcessCognitoClient client;
  int n;

  @Setup(Level.Iteration)
  public void newCognito() {
    cognito = InProcessCognito.create();
    client = InProcessCognitoClient.of(cognito);
  }

  /** The scenario through the SDK-shaped client. */
  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public String client() {
    return scenario(client, "user-" + n++);
  }

  /** The same six operations through the library's service, without the SDK's request and response objects. */
  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public Results.SignIn service() {
    UserPoolService s = cognito.service();
    String poolId = s.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
    String clientId = s.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "web",
        List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), null, null, null)).get().clientId().value();
    String username = "user-" + n++;
    s.adminCreateUser(new Requests.AdminCreateUser(poolId, username, "Temp-Passw0rd!", null, "SUPPRESS")).get();
    s.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, username, "Temp-Passw0rd2!", false)).get();
    Results.NewPasswordRequired challenge = (Results.NewPasswordRequired) s.signIns().adminInitiateAuth(new Requests.AdminInitiateAuth(
        poolId, clientId, "ADMIN_USER_PASSWORD_AUTH", Map.of("USERNAME", username, "PASSWORD", "Temp-Passw0rd2!"))).get();
    return s.signIns().adminRespondToAuthChallenge(new Requests.AdminRespondToAuthChallenge(poolId, clientId, "NEW_PASSWORD_REQUIRED",
        challenge.session().reveal(), Map.of("USERNAME", username, "NEW_PASSWORD", "Final-Passw0rd!"))).get();
  }

  /** The scenario; returns the access token. */
  static String scenario(InProcessCognitoClient client, String username) {
    String poolId = client.createUserPool(b -> b.poolName("app")).userPool().id();
    String clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(poolId).username(username).temporaryPassword("Temp-Passw0rd!").messageAction("SUPPRESS"));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username(username).password("Temp-Passw0rd2!").permanent(false));
    AdminInitiateAuthResponse challenge = client.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId)
        .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", username, "PASSWORD", "Temp-Passw0rd2!")));
    AdminRespondToAuthChallengeResponse answered = client.adminRespondToAuthChallenge(b -> b.userPoolId(poolId).clientId(clientId)
        .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
        .challengeResponses(Map.of("USERNAME", username, "NEW_PASSWORD", "Final-Passw0rd!")));
    return answered.authenticationResult().accessToken();
  }
}
