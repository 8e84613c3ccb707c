package dev.userpool.user;

import static dev.userpool.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ContactAttribute;
import io.vavr.collection.HashSet;
import org.junit.jupiter.api.Test;

class NamingTest {

  private final User jane = user(UserStatus.CONFIRMED);

  @Test
  void shouldIndexOnlyAliasesThePoolEnablesAndOnlyOnceVerified() {
    Naming aliases = new Naming(HashSet.empty(), HashSet.of(AliasAttribute.EMAIL, AliasAttribute.PHONE_NUMBER),
        CaseSensitivity.CASE_SENSITIVE);
    User unverifiedPhone = ImmutableUser.copyOf(jane).withAttributes(jane.attributes().with("phone_number", "+15555550100"));

    assertThat(aliases.keysOf(unverifiedPhone)).containsExactlyInAnyOrder(
        new LookupKey.ByUsername("jane"), new LookupKey.BySub(jane.sub()), new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@example.com"));
  }

  @Test
  void shouldFoldCaseButNotPhoneNumbersInACaseInsensitivePool() {
    Naming insensitive = new Naming(HashSet.empty(), HashSet.of(AliasAttribute.EMAIL, AliasAttribute.PREFERRED_USERNAME),
        CaseSensitivity.CASE_INSENSITIVE);

    assertThat(insensitive.candidates("Jane")).containsExactly(new LookupKey.ByUsername("jane"),
        new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane"), new LookupKey.ByAlias(AliasAttribute.PREFERRED_USERNAME, "jane"));
  }

  @Test
  void shouldTryTheSubLastWhenTheNameLooksLikeOne() {
    Naming plain = new Naming(HashSet.empty(), HashSet.empty(), CaseSensitivity.CASE_SENSITIVE);

    assertThat(plain.candidates(jane.sub().value()).last()).isEqualTo(new LookupKey.BySub(jane.sub()));
    assertThat(plain.candidates("jane")).containsExactly(new LookupKey.ByUsername("jane"));
  }

  @Test
  void shouldIndexTheEmailThatIsTheUsernameEvenUnverified() {
    Naming emails = new Naming(HashSet.of(ContactAttribute.EMAIL), HashSet.empty(), CaseSensitivity.CASE_SENSITIVE);
    User unverified = ImmutableUser.copyOf(jane).withAttributes(Attributes.empty().with("email", "jane@example.com"));

    assertThat(emails.keysOf(unverified)).contains(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@example.com"));
  }
}
