package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.LambdaError;
import dev.userpool.pool.Trigger;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.LambdaFunctions;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.MigrationAnswer;
import dev.userpool.trigger.TokenCustomization;
import dev.userpool.trigger.TriggerEvent;
import dev.userpool.trigger.TriggerSource;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code triggers.md}: the trigger sources from {@link TriggerSource}'s table, each implemented source's event
 * as the library sends it (captured by running a scenario in process, fixed clock and seed), what its response may
 * change, and the errors.
 */
final class TriggersDoc {

  static final String FILE = "triggers.md";

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
  private static final String PASSWORD = "Passw0rd!x";

  private TriggersDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Lambda triggers", "TriggerSource, LambdaError and TokenCustomization, and events captured by "
        + "running the triggers in process");
    md.p("A pool's " + code("LambdaConfig") + " (CreateUserPool, UpdateUserPool; echoed by DescribeUserPool) names the function "
        + "of each trigger. In process, a test registers Java functions (" + code("TestPool.triggers()") + ", or "
        + code("InProcessCognito.functions()") + " by ARN); over the wire, " + code("--lambda-endpoint URL") + " invokes them "
        + "through the Lambda Invoke API (" + code("sam local start-lambda") + "). A LambdaConfig naming a trigger the library does "
        + "not run is refused with InvalidParameterException naming it.");

    md.h2("Triggers and their sources");
    List<List<String>> rows = new ArrayList<>();
    for (TriggerSource s : TriggerSource.values()) {
      rows.add(List.of(code(s.name()), s.trigger().memberName(), s.when(), String.join(", ", s.operations().toJavaList()),
          s.mayChange(), s.implemented() ? "yes" : "not yet"));
    }
    md.table(List.of("triggerSource", "trigger", "runs", "operations", "the response may change", "implemented"), rows);

    md.h2("Errors");
    List<List<String>> errors = new ArrayList<>();
    for (LambdaError.Kind kind : LambdaError.Kind.values()) {
      LambdaError e = new LambdaError(kind, "PreSignUp", kind == LambdaError.Kind.UNEXPECTED_LAMBDA
          ? LambdaError.TIMED_OUT
          : "Registration is closed");
      errors.add(List.of(code(e.cognitoError()), Integer.toString(e.httpStatus()), code(e.message()), when(kind)));
    }
    md.table(List.of("code", "status", "message (PreSignUp)", "when"), errors);
    md.p("A function has " + Trigger.TIME_LIMIT.toSeconds() + " seconds to answer over the wire; nothing is retried.");

    md.h2("PreTokenGeneration: what a response cannot change");
    md.p("Claims to add, override or suppress never change " + String.join(", ", TokenCustomization.PROTECTED.toSortedSet()
        .map(Markdown::code).toJavaList()) + "; nor " + String.join(", ",
            TokenCustomization.CHANGED_OTHERWISE.toSortedSet()
                .map(Markdown::code).toJavaList())
        + ", which change only through " + code("groupOverrideDetails") + " and the scopes "
        + "(or not at all). A V1 event (" + code("LambdaVersion") + " " + code("V1_0") + ") changes the ID token; V2 and V3 "
        + "change both tokens and the access token's scopes.");

    md.h2("Events, as the library sends them");
    for (Map.Entry<String, TriggerEvent> e : events().entrySet()) {
      md.h3(e.getKey());
      md.code("json", pretty(e.getValue().toJson(), ""));
    }
    return md.toString();
  }

  private static String when(LambdaError.Kind kind) {
    return switch (kind) {
      case USER_LAMBDA_VALIDATION -> "the function raised an error (X-Amz-Function-Error)";
      case INVALID_LAMBDA_RESPONSE -> "its answer is not the trigger's response";
      case UNEXPECTED_LAMBDA -> "it could not be invoked, or did not answer in time";
    };
  }

  /** One event of each implemented source, from a scenario run in process. */
  static Map<String, TriggerEvent> events() {
    InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").clock(ControllableClock.fixed()).build();
    InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
    String pool = client.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email")
        .lambdaConfig(l -> l.preSignUp(ARN + "pre-sign-up").postConfirmation(ARN + "post-confirmation")
            .preAuthentication(ARN + "pre-authentication").postAuthentication(ARN + "post-authentication")
            .customMessage(ARN + "custom-message").userMigration(ARN + "user-migration")
            .preTokenGenerationConfig(c -> c.lambdaArn(ARN + "pre-token-generation").lambdaVersion("V2_0"))))
        .userPool().id();
    String app = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    for (String name : List.of("pre-sign-up", "post-confirmation", "pre-authentication", "post-authentication", "pre-token-generation",
        "custom-message")) {
      cognito.functions().register(ARN + name, TriggerEvent::toJson);
    }
    cognito.functions().register(ARN + "user-migration",
        event -> event.answer(MigrationAnswer.confirmed(HashMap.of("email", "old@example.com")).toJson()));
    client.createGroup(b -> b.userPoolId(pool).groupName("admins"));
    client.signUp(b -> b.clientId(app).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("jane@example.com")));
    client.confirmSignUp(b -> b.clientId(app).username("jane").confirmationCode("123456"));
    client.adminAddUserToGroup(b -> b.userPoolId(pool).username("jane").groupName("admins"));
    String refresh = client.initiateAuth(b -> b.clientId(app).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().refreshToken();
    client.initiateAuth(b -> b.clientId(app).authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of("REFRESH_TOKEN", refresh)));
    client.forgotPassword(b -> b.clientId(app).username("jane"));
    client.confirmForgotPassword(b -> b.clientId(app).username("jane").confirmationCode("123456").password("Passw0rd!y"));
    client.adminCreateUser(b -> b.userPoolId(pool).username("joe").messageAction("SUPPRESS"));
    client.initiateAuth(b -> b.clientId(app).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "legacy-user", "PASSWORD", "Legacy-Passw0rd")));
    CustomAuthEvents.run(cognito, client);
    Map<String, TriggerEvent> out = new LinkedHashMap<>();
    for (LambdaFunctions.Invocation i : cognito.functions().invocations()) {
      out.putIfAbsent(i.event().source().name() + (i.event().trigger() == Trigger.PRE_TOKEN_GENERATION ? " (V2_0)" : ""), i.event());
    }
    return out;
  }

  /** JSON with two-space indents, members in order. */
  static String pretty(Json value, String indent) {
    if (value instanceof Json.Obj o) {
      if (o.members().isEmpty()) {
        return "{}";
      }
      List<String> members = new ArrayList<>();
      for (Tuple2<String, Json> m : o.members()) {
        members.add(indent + "  " + new Json.Text(m._1).render() + ": " + pretty(m._2, indent + "  "));
      }
      return "{\n" + String.join(",\n", members) + "\n" + indent + "}";
    }
    if (value instanceof Json.Arr a && !a.items().isEmpty()) {
      return "[" + String.join(", ", a.items().map(i -> pretty(i, indent)).toJavaList()) + "]";
    }
    return value.render();
  }

}
