package dev.userpool.bench;

import dev.userpool.service.Requests;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;

/**
 * What {@link ColdStart} runs in a fresh JVM: up to the first AdminSetUserPassword answered, then prints
 * {@code answered} and exits. {@code client}: through testkit's in-process SDK client, as an application's
 * test would; {@code service}: through the library's service; {@code jvm}: nothing, the JVM's own floor.
 */
public final class FirstAnswer {

  private FirstAnswer() {}

  public static void main(String[] args) {
    switch (args.length == 0 ? "client" : args[0]) {
      case "jvm" :
        break;
      case "service" :
        service();
        break;
      case "client" :
        client();
        break;
      default :
        throw new IllegalArgumentException("jvm, service or client, not " + args[0]);
    }
    System.out.println("answered");
  }

  private static void client() {
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());
    String poolId = client.createUserPool(b -> b.poolName("app")).userPool().id();
    client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS"));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password("Corr3ct-Horse!").permanent(true));
  }

  private static void service() {
    UserPoolService s = InProcessCognito.create().service();
    String poolId = s.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
    s.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null, null, "SUPPRESS")).get();
    s.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "jane", "Corr3ct-Horse!", true)).get();
  }
}
