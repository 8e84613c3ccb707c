package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.user.ChallengeResult;
import dev.userpool.user.CustomAuthSession;
import dev.userpool.user.Session;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/** The user's open CUSTOM_AUTH round in the user's document: {@code customAuth}, absent when none is open. */
final class CustomAuthDocuments {

  private CustomAuthDocuments() {}

  static void writeUser(ObjectNode o, Option<CustomAuthSession> round) {
    round.forEach(r -> {
      ObjectNode custom = o.putObject("customAuth");
      custom.put("session", r.session().reveal());
      custom.put("expiresAt", r.expiresAt().toString());
      custom.put("awaits", r.awaits());
      ArrayNode history = custom.putArray("history");
      r.history().forEach(step -> {
        ObjectNode s = history.addObject();
        s.put("challengeName", step.challengeName());
        s.put("challengeResult", step.challengeResult());
        step.challengeMetadata().forEach(m -> s.put("challengeMetadata", m));
      });
      ObjectNode parameters = custom.putObject("privateParameters");
      r.privateParameters().forEach(p -> parameters.put(p._1, p._2));
      r.metadata().forEach(m -> custom.put("metadata", m));
    });
  }

  static Option<CustomAuthSession> readUser(JsonNode custom) {
    if (custom == null) {
      return Option.none();
    }
    return Option.some(new CustomAuthSession(Session.parse(custom.get("session").textValue()).get(),
        Instant.parse(custom.get("expiresAt").textValue()), custom.get("awaits").textValue(),
        List.ofAll(custom.get("history")).map(s -> new ChallengeResult(s.get("challengeName").textValue(),
            s.get("challengeResult").booleanValue(), text(s, "challengeMetadata"))),
        LinkedHashMap.ofEntries(List.ofAll(() -> custom.get("privateParameters").fields())
            .map(e -> Tuple.of(e.getKey(), e.getValue().textValue()))),
        text(custom, "metadata")));
  }

  private static Option<String> text(JsonNode o, String field) {
    return Option.of(o.get(field)).map(JsonNode::textValue);
  }
}
