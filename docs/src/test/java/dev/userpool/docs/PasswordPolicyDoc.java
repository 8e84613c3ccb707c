package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.CountingHasher;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Salt;
import dev.userpool.password.Violation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.service.Requests;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.user.Attributes;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Authentication;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.MessageAction;
import dev.userpool.user.Session;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Renders {@code password-policy.md} from {@link PasswordPolicy}, {@link Violation} and runs of the decisions. */
final class PasswordPolicyDoc {

  static final String FILE = "password-policy.md";
  /** A character in no class (not Basic Latin, not whitespace): the filler around a probed character. */
  private static final String FILLER = "\u00ff";

  private PasswordPolicyDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("The password policy", "PasswordPolicy, Violation, PasswordHistory and runs of the decisions");
    md.p(CodeRef.to(PasswordPolicy.class).markdownLink(2) + " mirrors Cognito's " + code("PasswordPolicyType") + ". Every value "
        + "on this page is read from the code or observed by running it.");
    members(md);
    characters(md);
    violations(md);
    wordings(md);
    history(md);
    temporaryPasswords(md);
    md.h2("Examples");
    md.h3("Evaluating a password");
    snippets.include(md, "evaluate-password", 2);
    md.h3("History");
    snippets.include(md, "password-history", 2);
    md.h3("Generating a temporary password");
    snippets.include(md, "generate-temporary-password", 2);
    return md.toString();
  }

  // -- members

  private static void members(Markdown md) {
    md.h2("Members, ranges and defaults");
    PasswordPolicy defaults = PasswordPolicy.cognitoDefault();
    PasswordPolicy absent = PasswordPolicy.draft().validate().get();
    md.table(List.of("Member", "Range", "Pool created without a policy", "Policy in a request, member absent"), List.of(
        List.of(code("MinimumLength"), PasswordPolicy.MIN_MINIMUM_LENGTH + "–" + PasswordPolicy.MAX_MINIMUM_LENGTH + " code points",
            "" + defaults.minimumLength(), "" + absent.minimumLength()),
        List.of(code("RequireUppercase"), "boolean", "" + defaults.requireUppercase(), "" + absent.requireUppercase()),
        List.of(code("RequireLowercase"), "boolean", "" + defaults.requireLowercase(), "" + absent.requireLowercase()),
        List.of(code("RequireNumbers"), "boolean", "" + defaults.requireNumbers(), "" + absent.requireNumbers()),
        List.of(code("RequireSymbols"), "boolean", "" + defaults.requireSymbols(), "" + absent.requireSymbols()),
        List.of(code("PasswordHistorySize"), "0–" + PasswordPolicy.MAX_PASSWORD_HISTORY_SIZE + " (0: no history)",
            "" + defaults.passwordHistorySize(), "" + absent.passwordHistorySize()),
        List.of(code("TemporaryPasswordValidityDays"), "0–" + PasswordPolicy.MAX_TEMPORARY_PASSWORD_VALIDITY_DAYS + " (0: "
            + PasswordPolicy.builder().temporaryPasswordValidityDays(0).build().effectiveTemporaryPasswordValidityDays() + " days)",
            "" + defaults.temporaryPasswordValidityDays(), "" + absent.temporaryPasswordValidityDays())));
    md.p("Any password is at most " + Password.MAX_LENGTH + " code points, whatever " + code("MinimumLength") + " says (the request "
        + "pattern and length are in " + Markdown.link("errors.md", ErrorsDoc.FILE + "#request-validation") + ").");

    Seq<ParameterViolation> out = PasswordPolicy.draft()
        .minimumLength(PasswordPolicy.MIN_MINIMUM_LENGTH - 1)
        .passwordHistorySize(PasswordPolicy.MAX_PASSWORD_HISTORY_SIZE + 1)
        .temporaryPasswordValidityDays(-1)
        .validate().getError();
    md.p("Out-of-range values are refused when the pool is created or updated, every one of them, with "
        + code("InvalidParameterException") + ". For MinimumLength " + (PasswordPolicy.MIN_MINIMUM_LENGTH - 1) + ", PasswordHistorySize "
        + (PasswordPolicy.MAX_PASSWORD_HISTORY_SIZE + 1) + " and TemporaryPasswordValidityDays -1:");
    md.code("text", ParameterViolation.describe(out) + "\n");

    md.p("Password history needs a feature plan that has it: "
        + Arrays.stream(Tier.values()).map(t -> code(t.name()) + (t.allowsPasswordHistory() ? " yes" : " no"))
            .collect(Collectors.joining(", "))
        + ". Asking for it on another plan, observed through CreateUserPool:");
    CognitoError tier = InProcessCognito.create().service().poolConfiguration().createUserPool(new Requests.CreateUserPool("p",
        new Requests.PasswordPolicyType(8, true, true, true, true, 5, 7), Tier.LITE.name(), null, null, null, null)).getLeft();
    md.p(StateMachineDoc.error(tier));

    md.p("Changing a pool's policy does not invalidate existing passwords: " + policyChangeObservation() + ".");
  }

  /** Sets a password, tightens the policy so that the password breaks it, and signs in with it. */
  private static String policyChangeObservation() {
    InProcessCognito cognito = InProcessCognito.create();
    UserPoolService service = cognito.service();
    UserPool pool = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("p")).get();
    AppClient client = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "c",
        List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null)).get();
    String password = "Passw0rd!";
    service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null, null, "SUPPRESS")).get();
    service.adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane", password, true)).get();
    service.poolConfiguration().updateUserPool(new Requests.UpdateUserPool(pool.id().value(),
        new Requests.PasswordPolicyType(20, true, true, true, true, 0, 7), null)).get();
    var signIn = service.signIns().initiateAuth(new Requests.InitiateAuth(client.clientId().value(), "USER_PASSWORD_AUTH",
        Map.of("USERNAME", "jane", "PASSWORD", password)));
    return "with " + code(password) + " set under the default policy and MinimumLength then raised to 20, sign-in "
        + (signIn.isRight() ? "still authenticates" : "fails with " + StateMachineDoc.error(signIn.getLeft()))
        + " (run through " + code("InProcessCognito") + ")";
  }

  // -- characters

  private static void characters(Markdown md) {
    md.h2("Characters");
    md.p("The symbols (" + code("PasswordPolicy.SYMBOLS") + ", " + PasswordPolicy.SYMBOLS.length() + " characters), and the space "
        + "when it is neither first nor last:");
    md.code("text", PasswordPolicy.SYMBOLS.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" ")) + "\n");
    PasswordPolicy all = PasswordPolicy.builder().minimumLength(PasswordPolicy.MIN_MINIMUM_LENGTH).build();
    Seq<Violation> none = all.violations(Password.of(FILLER.repeat(8)));
    if (none.size() != 4) {
      throw new AssertionError("the filler " + FILLER + " should be in no character class, but breaks only " + none);
    }
    md.p("What counts for each class, observed by evaluating a password of " + code(FILLER) + " (in no class) with the character "
        + "in it:");
    Map<String, String> probes = new LinkedHashMap<>();
    for (String c : List.of("A", "Z", "a", "z", "0", "9", "\u00c9", "\u00e9", "\u00df", "\u03a9", "\u0663", "\uff11", "!", "-", "`",
        "\\", "\u20ac", "\u00a3", "\u00a7", "\u00bf")) {
      probes.put((code(c) + " " + name(c)).strip(), FILLER.repeat(4) + c + FILLER.repeat(3));
    }
    probes.put("space, inside", FILLER.repeat(4) + " " + FILLER.repeat(3));
    probes.put("space, first", " " + FILLER.repeat(7));
    probes.put("space, last", FILLER.repeat(7) + " ");
    probes.put("tab, inside", FILLER.repeat(4) + "\t" + FILLER.repeat(3));
    List<List<String>> rows = new ArrayList<>();
    probes.forEach((label, candidate) -> {
      Seq<Violation> v = all.violations(Password.of(candidate));
      rows.add(List.of(label,
          mark(!v.contains(new Violation.MissingUppercase())), mark(!v.contains(new Violation.MissingLowercase())),
          mark(!v.contains(new Violation.MissingNumber())), mark(!v.contains(new Violation.MissingSymbol()))));
    });
    md.table(List.of("Character", "Uppercase", "Lowercase", "Number", "Symbol"), rows);

    PasswordPolicy eight = PasswordPolicy.builder().minimumLength(8).requireUppercase(false).requireLowercase(false)
        .requireNumbers(false).requireSymbols(false).build();
    String emoji = "\uD83D\uDE00";
    boolean eightLong = eight.violations(Password.of(emoji.repeat(8))).isEmpty();
    boolean sevenLong = eight.violations(Password.of(emoji.repeat(7))).isEmpty();
    md.p("Length counts Unicode code points: eight " + code(emoji) + " (" + emoji.repeat(8).length() + " UTF-16 units) are "
        + (eightLong ? "" : "not ") + "long enough for MinimumLength 8, seven are " + (sevenLong ? "" : "not") + ".");
  }

  private static String name(String c) {
    int cp = c.codePointAt(0);
    return cp < 128 ? "" : "(" + Character.getName(cp).toLowerCase(Locale.ROOT) + ")";
  }

  private static String mark(boolean yes) {
    return yes ? "yes" : "–";
  }

  // -- violations

  private static void violations(Markdown md) {
    md.h2("Violations");
    md.p("The sealed family " + CodeRef.to(Violation.class).markdownLink(2) + ", read through " + code("getPermittedSubclasses()")
        + ": each has a stable " + code("code()") + " and Cognito's words in " + code("description()") + ".");
    List<List<String>> rows = new ArrayList<>();
    for (Class<?> type : Violation.class.getPermittedSubclasses()) {
      Violation v = instance(type);
      String components = Arrays.stream(type.getRecordComponents())
          .map(c -> c.getType().getSimpleName() + " " + c.getName()).collect(Collectors.joining(", "));
      rows.add(List.of(code(type.getSimpleName() + "(" + components + ")"), code(v.code()), code(v.description())));
    }
    md.table(List.of("Violation", "code()", "description()"), rows);

    Seq<Violation> everything = PasswordPolicy.cognitoDefault().violations(Password.of(FILLER));
    md.p("The policy reports every rule a password breaks, in this order (observed for " + code(FILLER) + " under the default "
        + "policy); an " + code("InvalidPasswordException") + " names the first, as Cognito reports one rule per response, and "
        + code("CognitoError.InvalidPassword.violations()") + " keeps them all:");
    md.numbered(everything.map(v -> code(v.code()) + ": " + v.description()).toJavaList());
    md.p("Policy rules are checked before the history, so a password that breaks a rule costs no key derivation (see "
        + Markdown.link("cost", "#cost-one-key-derivation") + ").");
  }

  /** A record of the family with zero, false or empty components, for its code and description. */
  private static Violation instance(Class<?> type) {
    try {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Object[] args = Arrays.stream(types).map(PasswordPolicyDoc::zero).toArray();
      return (Violation) type.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot instantiate " + type.getName() + " for the documentation", e);
    }
  }

  private static Object zero(Class<?> t) {
    if (t == int.class) {
      return 0;
    }
    if (t == long.class) {
      return 0L;
    }
    if (t == boolean.class) {
      return false;
    }
    throw new AssertionError("no sample value for a component of type " + t);
  }

  // -- wordings

  private static void wordings(Markdown md) {
    md.h2("InvalidPasswordException wordings");
    md.p("Cognito words the same violation two ways; which operation uses which is the library's decision ("
        + DecisionsDoc.link("invalid-password-wording") + "). Observed by giving each decision a password that is too short:");
    Map<CognitoError.InvalidPassword.Wording, List<String>> byWording = new LinkedHashMap<>();
    Arrays.stream(CognitoError.InvalidPassword.Wording.values()).forEach(w -> byWording.put(w, new ArrayList<>()));
    for (Probe p : Probe.decisions()) {
      if (p.candidates().contains(Fault.WEAK_PASSWORD)) {
        Either<CognitoError, ?> r = p.runWith(Set.of(Fault.WEAK_PASSWORD));
        if (r.isLeft() && r.getLeft() instanceof CognitoError.InvalidPassword invalid) {
          byWording.get(invalid.wording()).add(p.name());
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    byWording.forEach((w, ops) -> rows.add(List.of(code(w.name()), code(w.prefix() + new Violation.TooShort(8, 6).description()),
        ops.isEmpty() ? "(none)" : String.join(", ", ops))));
    md.table(List.of("Wording", "Message for a short password", "Operations"), rows);
  }

  // -- history

  private static void history(Markdown md) {
    md.h2("Password history");
    md.p("With " + code("PasswordHistorySize") + " n, a new password may not equal the current password or the n - 1 before it. "
        + "Observed with " + code("PasswordPolicy.evaluate") + " after setting five passwords in turn (the fifth is current):");
    PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(1);
    List<List<String>> rows = new ArrayList<>();
    for (int n : List.of(0, 1, 2, 3, PasswordPolicy.MAX_PASSWORD_HISTORY_SIZE)) {
      PasswordPolicy policy = PasswordPolicy.builder().passwordHistorySize(n).build();
      PasswordHistory history = PasswordHistory.start(Salt.of(new byte[]{ 7 }));
      List<String> set = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        String p = "Passw0rd-" + i + "!";
        set.add(p);
        history = history.record(hasher.hash(Password.of(p), history.salt()), n);
      }
      List<String> row = new ArrayList<>(List.of("" + n));
      for (int back = 0; back < 4; back++) {
        Validation<Seq<Violation>, PasswordHash> r = policy.evaluate(Password.of(set.get(4 - back)), history, hasher);
        row.add(r.isValid() ? "allowed" : "refused");
      }
      rows.add(row);
    }
    md.table(List.of("PasswordHistorySize", "the current password", "1 before", "2 before", "3 before"), rows);

    md.p("Which operations check the history, observed by giving each decision one of the user's recent passwords:");
    List<List<String>> ops = new ArrayList<>();
    for (Probe p : Probe.decisions()) {
      if (p.candidates().contains(Fault.PASSWORD_IN_HISTORY)) {
        Either<CognitoError, ?> r = p.runWith(Set.of(Fault.PASSWORD_IN_HISTORY));
        ops.add(List.of(p.name(), r.isLeft() ? StateMachineDoc.error(r.getLeft()) : "not checked: " + Probe.outcome(r.get())));
      }
    }
    ops.add(List.of("SignUp, AdminCreateUser", "no history yet: the new user's first password starts it"));
    md.table(List.of("Operation", "A recent password"), ops);

    md.p("Temporary passwords count. Observed by creating a user with a temporary password and answering NEW_PASSWORD_REQUIRED "
        + "with that same password: " + temporaryReuse(0) + " with PasswordHistorySize 0; " + temporaryReuse(3)
        + " with PasswordHistorySize 3.");

    md.h3("Cost: one key derivation");
    md.p("Every entry of a user's history shares the user's salt, so a candidate is derived once and compared with each entry in "
        + "constant time. An entry made under another scheme (the hasher's cost was raised since) costs a derivation of its own. "
        + "Key derivations counted on " + code("PasswordPolicy.evaluate") + ":");
    md.table(List.of("History", "Candidate", "Key derivations"), costRows());
  }

  /** The outcome, in words, of answering the new-password challenge with the temporary password itself. */
  private static String temporaryReuse(int historySize) {
    Either<CognitoError, Authentication> answer = answerWithTheTemporaryPassword(historySize);
    return answer.isRight()
        ? "accepted (the user is " + answer.get().after().status() + ")"
        : "refused with " + StateMachineDoc.error(answer.getLeft());
  }

  /** Creates a user with a temporary password, signs in with it and answers NEW_PASSWORD_REQUIRED with the same password. */
  static Either<CognitoError, Authentication> answerWithTheTemporaryPassword(int historySize) {
    PasswordPolicy policy = PasswordPolicy.builder().passwordHistorySize(historySize).build();
    UserPool pool = Scenario.pool(false).withPasswordPolicy(policy);
    Instant t0 = Scenario.T0;
    Password temporary = Password.of("Temp-Passw0rd!");
    User user = User.adminCreateUser(new Username("jane"), Option.some(temporary), Attributes.empty(),
        Option.some(MessageAction.SUPPRESS), context(pool, t0)).get().after();
    Authentication challenged = user.signIn(temporary, Scenario.CLIENT, context(pool, t0.plusSeconds(10))).get();
    Session session = ((AuthOutcome.NewPasswordRequired) challenged.outcome()).session();
    return challenged.after().answerNewPasswordChallenge(session, temporary, Attributes.empty(), context(pool, t0.plusSeconds(20)));
  }

  private static Context context(UserPool pool, Instant now) {
    return new Context(now, pool, Scenario.HASHER, SeededRandomness.withSeed(3), () -> ConfirmationCode.of(Scenario.CODE));
  }

  private static List<List<String>> costRows() {
    Pbkdf2PasswordHasher current = Pbkdf2PasswordHasher.withIterations(1);
    Pbkdf2PasswordHasher older = Pbkdf2PasswordHasher.withIterations(2);
    int max = PasswordPolicy.MAX_PASSWORD_HISTORY_SIZE;
    PasswordPolicy policy = PasswordPolicy.builder().passwordHistorySize(max).build();
    Salt salt = Salt.of(new byte[]{ 9 });
    PasswordHistory full = PasswordHistory.start(salt);
    PasswordHistory mixed = PasswordHistory.start(salt);
    for (int i = 0; i < max; i++) {
      Password p = Password.of("Passw0rd-" + i + "!");
      full = full.record(current.hash(p, salt), max);
      mixed = mixed.record((i < 2 ? older : current).hash(p, salt), max);
    }
    List<List<String>> rows = new ArrayList<>();
    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put(max + " entries, one scheme|a new password", new Object[]{ full, "Brand-N3w-Passw0rd!" });
    cases.put(max + " entries, one scheme|the oldest remembered password", new Object[]{ full, "Passw0rd-0!" });
    cases.put(max + " entries, one scheme|a password that breaks the policy", new Object[]{ full, "short" });
    cases.put(max + " entries, 2 of them under an older scheme|a new password", new Object[]{ mixed, "Brand-N3w-Passw0rd!" });
    cases.forEach((label, c) -> {
      CountingHasher counting = new CountingHasher(current);
      policy.evaluate(Password.of((String) c[1]), (PasswordHistory) c[0], counting);
      String[] parts = label.split("\\|");
      rows.add(List.of(parts[0], parts[1], "" + counting.derivations()));
    });
    return rows;
  }

  // -- temporary passwords

  private static void temporaryPasswords(Markdown md) {
    md.h2("Temporary passwords");
    PasswordPolicy policy = PasswordPolicy.cognitoDefault();
    Duration validity = policy.temporaryPasswordValidity();
    md.p("A temporary password (AdminCreateUser, or AdminSetUserPassword with Permanent false) signs in for "
        + policy.effectiveTemporaryPasswordValidityDays() + " days by default (" + code("TemporaryPasswordValidityDays")
        + "). Observed on sign-in with the temporary password under the default policy:");
    List<List<String>> rows = new ArrayList<>();
    for (Duration after : List.of(validity.minusMillis(1), validity, validity.plusMillis(1))) {
      rows.add(List.of(describe(after), signInAfter(after)));
    }
    rows.add(List.of(describe(validity.plusDays(1)) + ", after AdminCreateUser RESEND with a new temporary password", resendThenSignIn(
        validity.plusDays(1))));
    md.table(List.of("Sign-in after the password was set", "Result"), rows);

    md.p("A generated temporary password is " + PasswordPolicy.GENERATED_PASSWORD_LENGTH + " code points, or MinimumLength if "
        + "longer, with a lowercase letter, an uppercase letter, a digit and a symbol whatever the policy requires. Its alphabet "
        + "is `a-z A-Z 0-9` and the symbols `" + PasswordPolicy.GENERATED_SYMBOLS + "` ("
        + Markdown.code("PasswordPolicy.GENERATED_SYMBOLS")
        + "): no space, quote, bracket, brace, `, = & $` or backslash, which a shell or the AWS CLI's shorthand syntax would "
        + "read as syntax. Observed over 200 seeded draws for each MinimumLength:");
    List<List<String>> gen = new ArrayList<>();
    for (int min : List.of(PasswordPolicy.MIN_MINIMUM_LENGTH, PasswordPolicy.DEFAULT_MINIMUM_LENGTH, 12, 13, 40,
        PasswordPolicy.MAX_MINIMUM_LENGTH)) {
      PasswordPolicy p = PasswordPolicy.builder().minimumLength(min).build();
      PasswordPolicy nothingRequired = PasswordPolicy.builder().minimumLength(min).requireUppercase(false).requireLowercase(false)
          .requireNumbers(false).requireSymbols(false).build();
      Set<Integer> lengths = new TreeSet<>();
      int satisfied = 0;
      int allClassesWhenNoneRequired = 0;
      int withSpace = 0;
      for (int seed = 0; seed < 200; seed++) {
        Password generated = p.generateTemporaryPassword(SeededRandomness.withSeed(seed));
        lengths.add(generated.length());
        satisfied += p.violations(generated).isEmpty() ? 1 : 0;
        Password free = nothingRequired.generateTemporaryPassword(SeededRandomness.withSeed(seed));
        allClassesWhenNoneRequired += PasswordPolicy.builder().minimumLength(PasswordPolicy.MIN_MINIMUM_LENGTH).build()
            .violations(free).isEmpty() ? 1 : 0;
        withSpace += generated.reveal().contains(" ") ? 1 : 0;
      }
      gen.add(List.of("" + min, lengths.stream().map(String::valueOf).collect(Collectors.joining(", ")), satisfied + "/200",
          withSpace + "/200"));
      if (allClassesWhenNoneRequired != 200) {
        throw new AssertionError("generated passwords should hold every class even when the policy requires none");
      }
    }
    md.table(List.of("MinimumLength", "Generated length", "Satisfy the policy", "Contain a space"), gen);
  }

  private static String describe(Duration d) {
    long day = Duration.ofDays(1).toMillis();
    long days = Math.round((double) d.toMillis() / day);
    long rest = d.toMillis() - days * day;
    return days + " days" + (rest == 0 ? "" : (rest > 0 ? " + " : " - ") + Math.abs(rest) + " ms");
  }

  private static String signInAfter(Duration after) {
    PasswordPolicy policy = PasswordPolicy.cognitoDefault();
    UserPool pool = Scenario.pool(false).withPasswordPolicy(policy);
    Password temporary = Password.of("Temp-Passw0rd!");
    User user = User.adminCreateUser(new Username("jane"), Option.some(temporary), Attributes.empty(), Option.some(MessageAction.SUPPRESS),
        context(pool, Scenario.T0)).get().after();
    Either<CognitoError, Authentication> r = user.signIn(temporary, Scenario.CLIENT, context(pool, Scenario.T0.plus(after)));
    return r.isRight() ? Probe.outcome(r.get()) : StateMachineDoc.error(r.getLeft());
  }

  private static String resendThenSignIn(Duration after) {
    UserPool pool = Scenario.pool(false).withPasswordPolicy(PasswordPolicy.cognitoDefault());
    User user = User.adminCreateUser(new Username("jane"), Option.some(Password.of("Temp-Passw0rd!")), Attributes.empty(),
        Option.some(MessageAction.SUPPRESS), context(pool, Scenario.T0)).get().after();
    Password again = Password.of("Temp-Passw0rd-2!");
    Transition resent = user.resendInvitation(Option.some(again), context(pool, Scenario.T0.plus(after))).get();
    Either<CognitoError, Authentication> r = resent.after().signIn(again, Scenario.CLIENT,
        context(pool, Scenario.T0.plus(after).plusSeconds(1)));
    return r.isRight() ? Probe.outcome(r.get()) : StateMachineDoc.error(r.getLeft());
  }
}
