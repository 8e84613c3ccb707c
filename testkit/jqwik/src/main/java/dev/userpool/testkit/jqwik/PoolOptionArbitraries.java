package dev.userpool.testkit.jqwik;

import dev.userpool.pool.AccountRecoverySetting;
import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.MessageTemplate;
import dev.userpool.pool.RecoveryOption;
import dev.userpool.pool.UserPool;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary pool options: DeletionProtection, an AccountRecoverySetting or none, and the pool's own message words. */
public final class PoolOptionArbitraries {

  private PoolOptionArbitraries() {}

  /** {@code pool} with arbitrary options. */
  public static Arbitrary<UserPool> withOptions(UserPool pool) {
    return Combinators.combine(Arbitraries.of(DeletionProtection.class), anyRecovery(), anyTemplate("Code {####}"),
        anyTemplate("{username}: {####}"))
        .as((protection, recovery, verification, invitation) -> pool.withDeletionProtection(protection)
            .withAccountRecoverySetting(recovery).withVerificationMessageTemplate(verification).withInviteMessageTemplate(invitation));
  }

  /** No setting, admin_only, or one or two of the verified contacts by priority. */
  public static Arbitrary<Option<AccountRecoverySetting>> anyRecovery() {
    RecoveryOption email = new RecoveryOption(RecoveryOption.Name.VERIFIED_EMAIL, 1);
    RecoveryOption phone = new RecoveryOption(RecoveryOption.Name.VERIFIED_PHONE_NUMBER, 2);
    return Arbitraries.of(List.<RecoveryOption>empty(), List.of(new RecoveryOption(RecoveryOption.Name.ADMIN_ONLY, 1)), List.of(email),
        List.of(email, phone), List.of(new RecoveryOption(RecoveryOption.Name.VERIFIED_PHONE_NUMBER, 1),
            new RecoveryOption(RecoveryOption.Name.VERIFIED_EMAIL, 2)))
        .map(m -> m.isEmpty() ? Option.none() : AccountRecoverySetting.of(m).toOption());
  }

  /** Each member the pool's own ({@code words} with a suffix) or the default. */
  public static Arbitrary<MessageTemplate> anyTemplate(String words) {
    Arbitrary<Option<String>> member = Arbitraries.strings().alpha().ofMaxLength(6).map(s -> words + " " + s).optional()
        .map(Option::ofOptional);
    return Combinators.combine(member, member, member).as(MessageTemplate::new);
  }
}
