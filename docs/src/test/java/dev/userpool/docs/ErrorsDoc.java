package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Password;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.PoolMessageMembers;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Session;
import dev.userpool.user.Username;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders {@code errors.md} from {@link CognitoError#catalogue()}, {@link Operation#errors()} and runs of the service. */
final class ErrorsDoc {

  static final String FILE = "errors.md";

  private ErrorsDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("The error catalogue", "CognitoError.catalogue(), Operation.errors() and runs of UserPoolService");
    md.p("Every error the library returns, one row per wording, from " + CodeRef.to(CognitoError.class, "catalogue").markdownLink(2)
        + "; which operations may return each code, from " + CodeRef.to(Operation.class, "errors").markdownLink(2) + ". On the "
        + "wire (AWS JSON 1.1) an error is the HTTP status and the body " + code("{\"__type\": \"<code>\", \"message\": \"<message>\"}")
        + ". Messages never contain a password, a code or a session; where one takes a detail (a status, a pool id, a name), the "
        + "sample detail is shown.");
    Map<String, List<CognitoError>> byCode = byCode();
    summary(md, byCode);
    eachCode(md, byCode);
    byOperation(md);
    requestValidation(md);
    userExistence(md);
    md.h2("Example");
    snippets.include(md, "sign-in-errors", 2);
    return md.toString();
  }

  static Map<String, List<CognitoError>> byCode() {
    Map<String, List<CognitoError>> byCode = new LinkedHashMap<>();
    for (CognitoError e : CognitoError.catalogue()) {
      byCode.computeIfAbsent(e.cognitoError(), c -> new ArrayList<>()).add(e);
    }
    return byCode;
  }

  /** The operations whose error list has {@code code}, by Cognito name. */
  static List<String> operationsReturning(String code) {
    return Arrays.stream(Operation.values()).filter(o -> o.errors().contains(code)).map(Operation::cognitoName).toList();
  }

  private static void summary(Markdown md, Map<String, List<CognitoError>> byCode) {
    md.h2("Summary");
    List<List<String>> rows = new ArrayList<>();
    byCode.forEach((c, errors) -> {
      Set<Integer> statuses = errors.stream().map(CognitoError::httpStatus).collect(Collectors.toCollection(LinkedHashSet::new));
      List<String> ops = operationsReturning(c);
      rows.add(List.of(Markdown.link(code(c), "#" + c.toLowerCase(Locale.ROOT)),
          statuses.stream().map(String::valueOf).collect(Collectors.joining(", ")),
          "" + errors.size(),
          ops.size() == Operation.values().length ? "every operation" : ops.size() + " of " + Operation.values().length));
    });
    md.table(List.of("Code", "HTTP status", "Wordings", "Operations"), rows);
  }

  private static void eachCode(Markdown md, Map<String, List<CognitoError>> byCode) {
    md.h2("Each error code");
    byCode.forEach((c, errors) -> {
      md.h3(c);
      List<String> ops = operationsReturning(c);
      md.p("HTTP " + errors.get(0).httpStatus() + ". Returned by "
          + (ops.size() == Operation.values().length ? "every operation" : String.join(", ", ops)) + ".");
      List<List<String>> rows = new ArrayList<>();
      for (CognitoError e : errors) {
        rows.add(List.of(code(variant(e)), code(e.message())));
      }
      md.table(List.of("Variant", "Message"), rows);
    });
  }

  private static void byOperation(Markdown md) {
    md.h2("Errors by operation");
    md.p(Operation.ALWAYS_POSSIBLE.map(Markdown::code).mkString(" and ") + " are possible for every operation (a rate limit "
        + "refused the call; a port failed and nothing was changed).");
    List<List<String>> rows = new ArrayList<>();
    for (Operation o : Operation.values()) {
      rows.add(List.of(o.cognitoName(), o.errors().removeAll(Operation.ALWAYS_POSSIBLE)
          .map(c -> Markdown.link(code(c), "#" + c.toLowerCase(Locale.ROOT))).mkString(", ")));
    }
    md.table(List.of("Operation", "Errors"), rows);
  }

  // -- request validation

  /** A request that breaks a member, and its violation. */
  private record Invalid(String request, Function<UserPoolService, Either<CognitoError, ?>> call) {}

  private static void requestValidation(Markdown md) {
    md.h2("Request validation");
    md.p("Before anything else, every member of a request is checked against its constraints. Every violation is reported, in "
        + "member order, length before pattern, as " + code("InvalidParameterException") + " with "
        + code("N validation error(s) detected: <first>; <second>") + ". Each entry is "
        + code("Value '<value>' at '<member>' failed to satisfy constraint: <constraint>") + "; a sensitive member's value is "
        + "never shown (" + code("Value at '<member>' ...") + ") and an absent one reads " + code("Value null at '<member>' ...")
        + ". Formats from " + CodeRef.to(ParameterViolation.class).markdownLink(2) + "; the members' constraints:");
    List<List<String>> rows = new ArrayList<>();
    for (StringMember m : List.of(UserPoolId.MEMBER, ClientId.MEMBER, Username.MEMBER, Password.MEMBER, ConfirmationCode.MEMBER,
        Session.MEMBER, Attributes.NAME, Attributes.VALUE)) {
      rows.add(List.of(code(m.name()), m.minLength() + "–" + m.maxLength(), m.pattern().map(Markdown::code).getOrElse("–"),
          m.sensitivity() == StringMember.Sensitivity.SENSITIVE ? "never" : "quoted"));
    }
    md.table(List.of("Member", "Length (code points)", "Pattern", "Value in messages"), rows);

    md.p("Observed through " + code("UserPoolService") + " on an " + code("InProcessCognito")
        + ", one request for each kind of violation:");
    InProcessCognito cognito = InProcessCognito.create();
    UserPoolService service = cognito.service();
    String pool = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("docs")).get().id().value();
    List<Invalid> requests = List.of(
        new Invalid("AdminSetUserPassword, password " + code(" Leading-Sp4ce!"),
            s -> s.adminSetUserPassword(new Requests.AdminSetUserPassword(pool, "jane", " Leading-Sp4ce!", true))),
        new Invalid("AdminSetUserPassword, password of 257 characters",
            s -> s.adminSetUserPassword(new Requests.AdminSetUserPassword(pool, "jane", "Aa1!".repeat(64) + "x", true))),
        new Invalid("AdminSetUserPassword, no username",
            s -> s.adminSetUserPassword(new Requests.AdminSetUserPassword(pool, null, "Passw0rd!", true))),
        new Invalid("InitiateAuth, clientId " + code("\"\""),
            s -> s.signIns().initiateAuth(new Requests.InitiateAuth("", "USER_PASSWORD_AUTH", Map.of()))),
        new Invalid("AdminGetUser, userPoolId " + code("pool"),
            s -> s.adminGetUser(new Requests.AdminGetUser("pool", "jane"))),
        new Invalid("CreateUserPool, MinimumLength 5 and PasswordHistorySize 25",
            s -> s.poolConfiguration()
                .createUserPool(new Requests.CreateUserPool("docs", new Requests.PasswordPolicyType(5, true, true, true, true, 25, 7),
                    null, null, null, null, null))),
        new Invalid("CreateUserPool, UserPoolTier " + code("GOLD"),
            s -> s.poolConfiguration().createUserPool(new Requests.CreateUserPool("docs", null, "GOLD", null, null, null, null))),
        new Invalid("CreateUserPool, UsernameAttributes " + code("[email, nickname]"),
            s -> s.poolConfiguration().createUserPool(new Requests.CreateUserPool("docs", null, null,
                List.of("email", "nickname"), null, null, null))),
        new Invalid("CreateUserPool, a UserPoolTags key of 129 characters",
            s -> PoolMessageMembers.refusal(new PoolMessageMembers.Members(null, Map.of("k".repeat(129), "v"), null, null, null, null,
                null, null, null), Either.right("")).toLeft("")));
    Set<Class<?>> seen = new LinkedHashSet<>();
    List<List<String>> observed = new ArrayList<>();
    for (Invalid r : requests) {
      CognitoError e = r.call().apply(service).swap().getOrElseThrow(() -> new AssertionError(r.request() + " should be refused"));
      if (!(e instanceof CognitoError.RequestInvalid invalid)) {
        throw new AssertionError(r.request() + " should fail request validation, not with " + e);
      }
      invalid.violations().forEach(v -> seen.add(v.getClass()));
      observed.add(List.of(r.request(), code(e.message())));
    }
    Set<Class<?>> all = new LinkedHashSet<>(Arrays.asList(ParameterViolation.class.getPermittedSubclasses()));
    all.removeAll(seen);
    if (!all.isEmpty()) {
      throw new AssertionError("no request above shows " + all + "; add one to " + ErrorsDoc.class.getSimpleName());
    }
    md.table(List.of("Request", "Message"), observed);
  }

  // -- user existence

  private static void userExistence(Markdown md) {
    md.h2("Unknown users and PreventUserExistenceErrors");
    md.p("What an unknown username gets, with the app client's " + code("PreventUserExistenceErrors") + " at LEGACY (the API's "
        + "default) and at ENABLED; observed through " + code("UserPoolService") + " on an " + code("InProcessCognito") + ".");
    InProcessCognito cognito = InProcessCognito.create();
    UserPoolService service = cognito.service();
    UserPool pool = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("docs")).get();
    String poolId = pool.id().value();
    Map<String, String> clients = new LinkedHashMap<>();
    for (String setting : List.of("LEGACY", "ENABLED")) {
      clients
          .put(
              setting, service.poolConfiguration()
                  .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, setting.toLowerCase(Locale.ROOT),
                      List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"), setting, null, null))
                  .get().clientId().value());
    }
    String session = "AYAB" + "x".repeat(40);
    Map<String, Function<String, Either<CognitoError, ?>>> calls = new LinkedHashMap<>();
    calls.put("InitiateAuth", c -> service.signIns().initiateAuth(new Requests.InitiateAuth(c, "USER_PASSWORD_AUTH",
        Map.of("USERNAME", "nobody", "PASSWORD", "Passw0rd!"))));
    calls.put("AdminInitiateAuth",
        c -> service.signIns().adminInitiateAuth(new Requests.AdminInitiateAuth(poolId, c, "ADMIN_USER_PASSWORD_AUTH",
            Map.of("USERNAME", "nobody", "PASSWORD", "Passw0rd!"))));
    calls.put("RespondToAuthChallenge", c -> service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(c,
        "NEW_PASSWORD_REQUIRED", session, Map.of("USERNAME", "nobody", "NEW_PASSWORD", "Passw0rd!"))));
    calls.put("ConfirmSignUp", c -> service.signUps().confirmSignUp(new Requests.ConfirmSignUp(c, "nobody", "123456")));
    calls.put("ForgotPassword", c -> service.signUps().forgotPassword(new Requests.ForgotPassword(c, "nobody")));
    calls.put("ConfirmForgotPassword", c -> service.signUps().confirmForgotPassword(
        new Requests.ConfirmForgotPassword(c, "nobody", "123456", "Passw0rd!")));
    calls.put("AdminRespondToAuthChallenge", c -> service.signIns().adminRespondToAuthChallenge(new Requests.AdminRespondToAuthChallenge(
        poolId, c, "NEW_PASSWORD_REQUIRED", session, Map.of("USERNAME", "nobody", "NEW_PASSWORD", "Passw0rd!"))));
    List<List<String>> rows = new ArrayList<>();
    calls.forEach(
        (op, call) -> rows.add(List.of(op, result(call.apply(clients.get("LEGACY"))), result(call.apply(clients.get("ENABLED"))))));
    String admin = result(service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "nobody", "Passw0rd!", true)));
    rows.add(List.of("AdminSetUserPassword (names no app client, like the other admin operations on a user)", admin, admin));
    md.table(List.of("Operation", "LEGACY", "ENABLED"), rows);
  }

  private static String result(Either<CognitoError, ?> r) {
    if (r.isLeft()) {
      return StateMachineDoc.error(r.getLeft());
    }
    if (r.get() instanceof Results.CodeSent sent) {
      return "succeeds with a simulated delivery (" + sent.codeDelivery().deliveryMedium() + " "
          + code(sent.codeDelivery().maskedDestination()) + "); nothing is sent";
    }
    return Probe.outcome(r.get());
  }

  // -- variants

  /** How a catalogue entry is named: its record and the values that pick its wording. */
  static String variant(CognitoError e) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent c : e.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(e);
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError("cannot read " + c, ex);
      }
      if (value instanceof Enum<?> en) {
        parts.add(en.name());
      } else if (value instanceof Seq<?> seq) {
        parts.add(seq.map(x -> x.getClass().getSimpleName()).mkString("+"));
      } else if (value instanceof String s) {
        if (!s.isEmpty()) {
          parts.add(c.getName() + "=\"" + s + "\"");
        }
      } else if (value instanceof Option<?> o) {
        // An optional detail that picks no wording (InternalError's cause) does not name a variant.
        o.forEach(x -> parts.add(c.getName() + "=" + x.getClass().getSimpleName()));
      } else {
        parts.add(c.getName() + "=" + value);
      }
    }
    return e.getClass().getSimpleName() + (parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")");
  }
}
