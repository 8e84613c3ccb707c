package dev.userpool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AccountRecoverySettingProperties {

  @Property
  void aSettingNeverNamesAMechanismOrAPriorityTwiceNorAdminOnlyWithAnother(@ForAll("mechanisms") List<RecoveryOption> mechanisms) {
    Either<AccountRecoverySetting.Problem, AccountRecoverySetting> setting = AccountRecoverySetting.of(mechanisms);
    boolean valid = mechanisms.map(RecoveryOption::name).distinct().size() == mechanisms.size()
        && mechanisms.map(RecoveryOption::priority).distinct().size() == mechanisms.size()
        && (mechanisms.size() == 1 || !mechanisms.exists(m -> m.name() == RecoveryOption.Name.ADMIN_ONLY));
    assertThat(setting.isRight()).isEqualTo(valid);
    setting.forEach(s -> assertThat(s.mechanisms().map(RecoveryOption::priority).toJavaList()).isSorted().hasSize(mechanisms.size()));
  }

  @Property
  void theChannelIsTheFirstVerifiedContactByPriorityThatIsNotAnMfaChannel(@ForAll("mechanisms") List<RecoveryOption> mechanisms,
      @ForAll("contacts") Set<ContactAttribute> verified, @ForAll("contacts") Set<ContactAttribute> mfa) {
    AccountRecoverySetting.of(mechanisms).forEach(setting -> {
      Option<ContactAttribute> channel = setting.channel(verified::contains, mfa::contains);
      List<ContactAttribute> qualifying = setting.mechanisms().map(RecoveryOption::name)
          .filter(n -> n != RecoveryOption.Name.ADMIN_ONLY)
          .map(n -> n == RecoveryOption.Name.VERIFIED_EMAIL ? ContactAttribute.EMAIL : ContactAttribute.PHONE_NUMBER)
          .filter(c -> verified.contains(c) && !mfa.contains(c)).toList();
      assertThat(channel).isEqualTo(qualifying.headOption());
      assertThat(setting.adminOnly() && channel.isDefined()).isFalse();
    });
  }

  @Provide
  Arbitrary<List<RecoveryOption>> mechanisms() {
    Arbitrary<RecoveryOption> one = Combinators.combine(Arbitraries.of(RecoveryOption.Name.class), Arbitraries.integers().between(1, 2))
        .as(RecoveryOption::new);
    return one.list().ofMinSize(1).ofMaxSize(2).map(List::ofAll);
  }

  @Provide
  Arbitrary<Set<ContactAttribute>> contacts() {
    return Arbitraries.of(ContactAttribute.class).set();
  }
}
