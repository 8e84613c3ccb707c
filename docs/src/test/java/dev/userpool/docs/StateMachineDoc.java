package dev.userpool.docs;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.user.Action;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.Lifecycle;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Refusal;
import dev.userpool.user.Rule;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders {@code state-machine.md}: the transition table, its diagram, and each operation's observed check order. */
final class StateMachineDoc {

  static final String FILE = "state-machine.md";
  /** The name of the sample user in refusal messages, so a reader sees where the real name goes. */
  static final String SAMPLE_USERNAME = "<username>";

  private StateMachineDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("The user state machine", "Lifecycle, Refusal and the decisions of User");
    md.p("What every lifecycle operation does to a user in each " + Markdown.code("UserStatus") + ": the status it moves to, "
        + "or the exact error the caller gets. The table is " + CodeRef.to(Lifecycle.class).markdownLink(2) + ", the data the "
        + "decisions of " + CodeRef.to(User.class).markdownLink(2) + " read; this page prints the same data, and the check "
        + "orders below are observed by running those decisions.");
    md.p("Being disabled is not a status: it is the separate Enabled flag (see " + Markdown.link("the Enabled flag", "#the-enabled-flag")
        + "). A failed operation changes nothing: not the status, not the password, not the history.");

    creation(md);
    diagram(md);
    overview(md);
    perAction(md);
    List<CheckOrder> decisions = Probe.decisions().map(CheckOrder::observe).toJavaList();
    enabledFlag(md, decisions);
    checkOrders(md, decisions);
    examples(md, snippets);
    return md.toString();
  }

  // -- sections

  private static void creation(Markdown md) {
    md.h2("Creation");
    md.table(List.of("Operation", "New user's status"), List.of(
        List.of("SignUp", Markdown.code(Lifecycle.afterSignUp().name())),
        List.of("AdminCreateUser (with a temporary password, given or generated)",
            Markdown.code(Lifecycle.afterAdminCreateUser().name()))));
  }

  private static void diagram(Markdown md) {
    md.h2("Diagram");
    List<Action> universal = Arrays.stream(Action.values()).filter(StateMachineDoc::isUniversal).toList();
    md.p("Status-changing transitions of the table. Not drawn: transitions that keep the status, and the actions that "
        + "move every status to the same one ("
        + universal.stream().map(a -> a.label() + " → " + Markdown.code(target(a).name())).collect(Collectors.joining("; "))
        + "). Statuses that nothing leads to and that have the same ways out are drawn as one state.");
    md.code("mermaid", mermaid(universal));
  }

  /** The Mermaid source; ids are status names, labels the actions' Cognito operations. */
  static String mermaid(List<Action> universal) {
    Map<UserStatus, Map<UserStatus, Set<String>>> edges = new TreeMap<>();
    for (UserStatus from : UserStatus.values()) {
      for (Action a : Action.values()) {
        if (!universal.contains(a) && Lifecycle.rule(a, from) instanceof Rule.MovesTo moves && moves.to() != from) {
          edges.computeIfAbsent(from, f -> new TreeMap<>()).computeIfAbsent(moves.to(), t -> new LinkedHashSet<>()).add(a.label());
        }
      }
    }
    Set<UserStatus> targets = EnumSet.of(Lifecycle.afterSignUp(), Lifecycle.afterAdminCreateUser());
    edges.values().forEach(m -> targets.addAll(m.keySet()));
    // Statuses nothing leads to, with identical ways out, become one node.
    Map<String, List<UserStatus>> groups = new LinkedHashMap<>();
    for (UserStatus s : UserStatus.values()) {
      String key = targets.contains(s) ? s.name() : "out:" + edges.getOrDefault(s, Map.of());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    Map<UserStatus, String> node = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (List<UserStatus> g : groups.values()) {
      String id = g.stream().map(Enum::name).collect(Collectors.joining("_"));
      String label = g.stream().map(Enum::name).collect(Collectors.joining(" / "));
      g.forEach(s -> node.put(s, id));
      out.append("    state \"").append(label).append("\" as ").append(id).append('\n');
    }
    out.append("    [*] --> ").append(node.get(Lifecycle.afterSignUp())).append(" : SignUp\n");
    out.append("    [*] --> ").append(node.get(Lifecycle.afterAdminCreateUser())).append(" : AdminCreateUser\n");
    Set<String> drawn = new LinkedHashSet<>();
    for (UserStatus from : UserStatus.values()) {
      edges.getOrDefault(from, Map.of()).forEach((to, labels) -> {
        String line = "    " + node.get(from) + " --> " + node.get(to) + " : " + String.join(" / ", labels) + "\n";
        drawn.add(line);
      });
    }
    drawn.forEach(out::append);
    return out.toString();
  }

  private static void overview(Markdown md) {
    md.h2("Transition table");
    md.p("Rows are actions, columns the status before. " + Markdown.code("→ S") + ": the action succeeds and the status becomes S; "
        + Markdown.code("=") + ": it succeeds and the status stays; " + Markdown.code("tokens") + ": sign-in authenticates; "
        + Markdown.code("challenge") + ": sign-in returns NEW_PASSWORD_REQUIRED and no tokens; " + Markdown.code("✗ X")
        + ": refused with X (exact messages in " + Markdown.link("each action", "#each-action") + ").");
    List<String> header = new ArrayList<>(List.of("Action"));
    Arrays.stream(UserStatus.values()).map(Enum::name).forEach(header::add);
    List<List<String>> rows = new ArrayList<>();
    for (Action a : Action.values()) {
      List<String> row = new ArrayList<>(List.of(a.label()));
      for (UserStatus s : UserStatus.values()) {
        row.add(shortCell(Lifecycle.rule(a, s), s));
      }
      rows.add(row);
    }
    md.table(header, rows);
    List<String> decided = new ArrayList<>();
    for (Decisions.Entry e : Decisions.ALL) {
      boolean aboutTheTable = e.code().stream()
          .anyMatch(c -> c.type() == Action.class || c.type() == Lifecycle.class || c.type() == Refusal.class);
      if (aboutTheTable && e.kind() != Decisions.Kind.CONFIRMED) {
        decided.add(DecisionsDoc.link(e.id()) + ": " + e.kind().title());
      }
    }
    md.p("Cells the library decided where AWS is silent, or where it follows the research note over SEMANTICS.md, with the why:");
    md.bullets(decided);
  }

  private static void perAction(Markdown md) {
    md.h2("Each action");
    md.p("Statuses with the same result share a row. Refusal messages are rendered for a user named " + Markdown.code(SAMPLE_USERNAME)
        + "; the table refuses these whatever else the request says.");
    for (Action a : Action.values()) {
      md.h3(a.label());
      Map<String, List<String>> byResult = new LinkedHashMap<>();
      for (UserStatus s : UserStatus.values()) {
        byResult.computeIfAbsent(longCell(Lifecycle.rule(a, s), s), r -> new ArrayList<>()).add(Markdown.code(s.name()));
      }
      List<List<String>> rows = new ArrayList<>();
      byResult.forEach((result, statuses) -> rows.add(List.of(String.join(", ", statuses), result)));
      md.table(List.of("From", "Result"), rows);
    }
  }

  private static void enabledFlag(Markdown md, List<CheckOrder> orders) {
    md.h2("The Enabled flag");
    md.p("AdminDisableUser and AdminEnableUser flip the flag and keep the status. Whether an operation minds the flag, observed by "
        + "running it for a disabled user whose request is otherwise right:");
    List<List<String>> rows = new ArrayList<>();
    for (CheckOrder o : orders) {
      if (!o.probe().candidates().contains(Fault.DISABLED)) {
        continue;
      }
      String result = o.notChecked().contains(Fault.DISABLED)
          ? "allowed (" + o.baseOutcome() + ")"
          : o.steps().stream().filter(s -> s.fault() == Fault.DISABLED).findFirst()
              .map(s -> "refused: " + error(s.error()) + (o.steps().get(0).fault() == Fault.DISABLED ? ", before any other check" : ""))
              .orElseThrow();
      rows.add(List.of(o.probe().name(), result));
    }
    md.table(List.of("Operation", "Disabled user"), rows);
  }

  private static void checkOrders(Markdown md, List<CheckOrder> decisions) {
    md.h2("Check orders");
    md.p("The order in which each decision checks its request, **observed by running it**: the scenario below succeeds; each fault "
        + "is then applied alone (which error does it cause?), every two faults together (whose error wins?), and all of them at "
        + "once. The winners order the checks; the evidence is under each operation. Nothing here is copied from prose, so the "
        + "order is the code's.");
    md.p("Scenario: a pool with Cognito's default policy and a password history of " + Scenario.HISTORY_SIZE + "; a user "
        + Markdown.code("jane") + " with the password " + Markdown.code(Scenario.CURRENT_PASSWORD) + " set at " + Scenario.T0
        + ", a verified email, the code " + Markdown.code(Scenario.CODE) + " sent at the same time and a challenge session issued "
        + "then; the request comes a minute later, with the right password, the right code, that session and the new password "
        + Markdown.code(Scenario.NEW_PASSWORD) + ". Faults: wrong password " + Markdown.code(Scenario.WRONG_PASSWORD)
        + ", weak password " + Markdown.code(Scenario.WEAK_PASSWORD) + ", wrong code " + Markdown.code(Scenario.WRONG_CODE)
        + "; an expiry fault moves the clock just past the validity in question.");
    md.p("Before any of this, " + Markdown.link("the application service", "#through-the-application-service")
        + " validates the request and finds the pool and the user.");
    for (CheckOrder o : decisions) {
      checkOrder(md, o);
    }
    md.h3("Through the application service");
    md.p("The same observation, end to end through " + Markdown.code("UserPoolService") + " on an " + Markdown.code("InProcessCognito")
        + ": request validation and lookups come before the decision.");
    for (Probe p : Probe.services()) {
      checkOrder(md, CheckOrder.observe(p));
    }
  }

  private static void checkOrder(Markdown md, CheckOrder o) {
    Probe p = o.probe();
    md.line("#### " + p.name()).blank();
    String start = p.level() == Probe.Level.DECISION && p.action().isDefined()
        ? "Starts from an enabled " + Markdown.code(p.baseStatus().name()) + " user"
        : p.level() == Probe.Level.DECISION
            ? "Starts from no user"
            : "Starts from an enabled " + Markdown.code(p.baseStatus().name()) + " user";
    md.p(p.decision().markdownLink(2) + ". " + start + " and a right request: " + o.baseOutcome() + ".");
    if (o.steps().isEmpty()) {
      md.p("No check: every fault tried leaves it succeeding.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < o.steps().size(); i++) {
        CheckOrder.Step s = o.steps().get(i);
        String step = (i + 1) + (s.sameErrorAsPrevious() ? " (same error as " + i + "; their order is not observable)" : "");
        rows.add(List.of(step, describe(p, s.fault()), error(s.error())));
      }
      md.table(List.of("Step", "Fails when", "Error"), rows);
    }
    if (!o.notChecked().isEmpty()) {
      md.p("Not checked (it still succeeds): " + o.notChecked().stream().map(f -> describe(p, f)).collect(Collectors.joining("; ")) + ".");
    }
    if (!o.combinations().isEmpty()) {
      int runs = o.combinations().size();
      md.line("<details><summary>Evidence: " + runs + (runs == 1 ? " run" : " runs") + " with two faults at once</summary>").blank();
      List<Fault> order = o.steps().stream().map(CheckOrder.Step::fault).toList();
      List<CheckOrder.Combination> sorted = new ArrayList<>(o.combinations());
      sorted.sort(Comparator.comparingInt((CheckOrder.Combination c) -> Math.min(order.indexOf(c.a()), order.indexOf(c.b())))
          .thenComparingInt(c -> Math.max(order.indexOf(c.a()), order.indexOf(c.b()))));
      List<List<String>> rows = new ArrayList<>();
      for (CheckOrder.Combination c : sorted) {
        int a = order.indexOf(c.a()) + 1;
        int b = order.indexOf(c.b()) + 1;
        rows.add(
            List.of("step " + Math.min(a, b) + " + step " + Math.max(a, b), error(c.result()), "step " + (order.indexOf(c.first()) + 1)));
      }
      md.table(List.of("Faults of", "Error", "First"), rows);
      List<String> skipped = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        for (int j = i + 1; j < order.size(); j++) {
          Fault x = order.get(i);
          Fault y = order.get(j);
          if (o.combinations().stream().noneMatch(c -> (c.a() == x && c.b() == y) || (c.a() == y && c.b() == x))) {
            skipped.add("step " + (i + 1) + " + step " + (j + 1));
          }
        }
      }
      if (!skipped.isEmpty()) {
        md.p("Not run, as alone they give the same error or both set the user's status: " + String.join(", ", skipped) + ".");
      }
      if (o.allAtOnce().size() > 2) {
        o.firstError().ifPresent(e -> md.p("With all " + o.allAtOnce().size() + " faults at once (at most one status): " + error(e)));
      }
      md.line("</details>").blank();
    }
  }

  private static void examples(Markdown md, Snippets snippets) {
    md.h2("Examples");
    md.h3("AdminSetUserPassword through the service");
    snippets.include(md, "admin-set-user-password", 2);
    md.h3("Embedding core in a Cognito fake: load, decide, save");
    md.p("An emulator keeps its own storage and lets the " + Markdown.code("User") + " aggregate decide. A refused operation "
        + "returns only the error, so there is nothing to save.");
    snippets.include(md, "embed-core", 2);
  }

  // -- cells

  private static String shortCell(Rule rule, UserStatus from) {
    if (rule instanceof Rule.MovesTo m) {
      return Markdown.code("→ " + m.to().name());
    }
    if (rule instanceof Rule.Keeps) {
      return Markdown.code("=");
    }
    if (rule instanceof Rule.Authenticates) {
      return Markdown.code("tokens");
    }
    if (rule instanceof Rule.ChallengesNewPassword) {
      return Markdown.code("challenge");
    }
    CognitoError e = ((Rule.Refuses) rule).refusal().error(sampleUser(from));
    return "✗ " + e.cognitoError().replace("Exception", "");
  }

  private static String longCell(Rule rule, UserStatus from) {
    if (rule instanceof Rule.MovesTo m) {
      return "succeeds; the status becomes " + Markdown.code(m.to().name());
    }
    if (rule instanceof Rule.Keeps) {
      return "succeeds; the status stays";
    }
    if (rule instanceof Rule.Authenticates) {
      return "authenticated with the right password (tokens)";
    }
    if (rule instanceof Rule.ChallengesNewPassword) {
      return "with the right, unexpired temporary password: the NEW_PASSWORD_REQUIRED challenge, no tokens";
    }
    Refusal refusal = ((Rule.Refuses) rule).refusal();
    return "refused (" + Markdown.code(refusal.name()) + "): " + error(refusal.error(sampleUser(from)));
  }

  static String error(CognitoError e) {
    return Markdown.error(e.cognitoError(), e.message());
  }

  static String describe(Probe p, Fault f) {
    return p.describe(f);
  }

  private static boolean isUniversal(Action a) {
    Rule first = Lifecycle.rule(a, UserStatus.values()[0]);
    return first instanceof Rule.MovesTo && Arrays.stream(UserStatus.values()).allMatch(s -> Lifecycle.rule(a, s).equals(first));
  }

  private static UserStatus target(Action a) {
    return ((Rule.MovesTo) Lifecycle.rule(a, UserStatus.values()[0])).to();
  }

  /** A user in {@code status} named {@link #SAMPLE_USERNAME}, for rendering the messages that name the user or the status. */
  static User sampleUser(UserStatus status) {
    Salt salt = Salt.of(new byte[]{ 1 });
    return User.builder()
        .username(new Username(SAMPLE_USERNAME))
        .sub(new Sub("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"))
        .status(status)
        .password(Option.some(new CurrentPassword(Scenario.HASHER.hash(Password.of(Scenario.CURRENT_PASSWORD), salt), Scenario.T0,
            status == UserStatus.FORCE_CHANGE_PASSWORD ? PasswordKind.TEMPORARY : PasswordKind.PERMANENT)))
        .passwordHistory(PasswordHistory.start(salt))
        .creationDate(Scenario.T0)
        .lastModifiedDate(Scenario.T0)
        .build();
  }
}
