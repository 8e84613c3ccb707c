package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.ConfigurationRefused;
import dev.userpool.testkit.sdk.ConfigurationMembers;
import dev.userpool.testkit.sdk.ConfigurationMembers.Member;
import dev.userpool.testkit.sdk.ConfigurationMembers.Treatment;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code configuration.md}: what the library does with every input member of every operation it implements,
 * from {@link ConfigurationMembers}' table (the same table the client reads to refuse members).
 */
final class ConfigurationDoc {

  static final String FILE = "configuration.md";

  private ConfigurationDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Request members: implemented, echoed or refused",
        "ConfigurationMembers (testkit, configuration-members.tsv) and ConfigurationRefused");
    Seq<Member> all = ConfigurationMembers.all();
    md.p("No member of a request is accepted and silently dropped. Every input member of every operation the library "
        + "implements (as the AWS SDK it is built with models them, members of nested structures included) has a row here, "
        + "and a test fails on a member without one. A member the library does not implement is refused by name, unless "
        + "given a value that changes nothing (its default), with InvalidParameterException (HTTP 400), for example:");
    md.p(code(new ConfigurationRefused(Array.of("UserPoolAddOns.AdvancedSecurityMode")).message()));
    md.p("Every refused member of the request is named, in request order. The refusal comes before any pool, client or user is "
        + "looked up, so it changes nothing; for CreateUserPool and UpdateUserPool it comes after the shape checks of the "
        + "members the API model constrains.");

    md.h2("Counts");
    List<List<String>> counts = new ArrayList<>();
    for (Treatment t : Treatment.values()) {
      counts.add(List.of(t.words(), Integer.toString(all.count(m -> m.treatment() == t))));
    }
    counts.add(List.of("all", Integer.toString(all.size())));
    md.table(List.of("treatment", "members"), counts);

    md.h2("Members by operation");
    for (String operation : all.map(Member::operation).distinct()) {
      md.h3(operation);
      List<List<String>> rows = new ArrayList<>();
      for (Member m : all.filter(m -> m.operation().equals(operation))) {
        rows.add(List.of(code(m.path()), m.treatment().words(), m.accepted().isEmpty() ? "" : code(m.accepted().mkString(" | ")),
            m.note()));
      }
      md.table(List.of("member", "treatment", "accepted", "why"), rows);
    }
    return md.toString();
  }
}
