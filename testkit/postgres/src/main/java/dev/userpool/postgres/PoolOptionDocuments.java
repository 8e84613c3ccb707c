package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.AccountRecoverySetting;
import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.MessageTemplate;
import dev.userpool.pool.RecoveryOption;
import dev.userpool.pool.UserPool;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The pool's options in its document: {@code allowAdminCreateUserOnly} (always written), {@code deletionProtection},
 * {@code recoveryMechanisms} (the AccountRecoverySetting), .... A document written before the options were kept has
 * none, and reads as the defaults; an option at its default is not written.
 */
final class PoolOptionDocuments {

  private PoolOptionDocuments() {}

  static void write(ObjectNode o, UserPool p) {
    o.put("allowAdminCreateUserOnly", p.allowAdminCreateUserOnly());
    if (p.deletionProtection() != DeletionProtection.INACTIVE) {
      o.put("deletionProtection", p.deletionProtection().name());
    }
    template(o, "verificationMessageTemplate", p.verificationMessageTemplate());
    template(o, "inviteMessageTemplate", p.inviteMessageTemplate());
    p.accountRecoverySetting().forEach(s -> {
      ArrayNode mechanisms = o.putArray("recoveryMechanisms");
      s.mechanisms().forEach(m -> mechanisms.addObject().put("name", m.name().name()).put("priority", m.priority()));
    });
  }

  static UserPool read(JsonNode o, UserPool p) {
    JsonNode protection = o.get("deletionProtection");
    UserPool read = p.withAllowAdminCreateUserOnly(o.path("allowAdminCreateUserOnly").asBoolean(false));
    read = protection == null ? read : read.withDeletionProtection(DeletionProtection.valueOf(protection.textValue()));
    read = read.withVerificationMessageTemplate(template(o.get("verificationMessageTemplate")))
        .withInviteMessageTemplate(template(o.get("inviteMessageTemplate")));
    JsonNode mechanisms = o.get("recoveryMechanisms");
    if (mechanisms == null) {
      return read;
    }
    List<RecoveryOption> options = List.empty();
    for (JsonNode m : mechanisms) {
      options = options.append(new RecoveryOption(RecoveryOption.Name.valueOf(m.get("name").textValue()), m.get("priority").intValue()));
    }
    return read.withAccountRecoverySetting(AccountRecoverySetting.of(options).toOption());
  }

  private static void template(ObjectNode o, String field, MessageTemplate t) {
    if (!t.isEmpty()) {
      ObjectNode words = o.putObject(field);
      t.emailSubject().forEach(v -> words.put("emailSubject", v));
      t.emailMessage().forEach(v -> words.put("emailMessage", v));
      t.smsMessage().forEach(v -> words.put("smsMessage", v));
    }
  }

  private static MessageTemplate template(JsonNode words) {
    return words == null
        ? MessageTemplate.none()
        : new MessageTemplate(text(words, "emailSubject"), text(words, "emailMessage"), text(words, "smsMessage"));
  }

  private static Option<String> text(JsonNode words, String field) {
    return Option.of(words.get(field)).map(JsonNode::textValue);
  }
}
