package dev.userpool.user;

import dev.userpool.pool.ContactAttribute;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The attribute-verification codes a user was sent and has not used, at most one per contact (email,
 * phone number), each with the value it would make current. They sit apart from the sign-up and
 * password-reset code ({@link User#pendingCode()}), so asking to verify an email does not withdraw a reset
 * code, and the email's and the phone number's codes do not replace each other.
 */
public final class ContactVerifications {

  private static final ContactVerifications NONE = new ContactVerifications(TreeMap.empty());

  private final SortedMap<ContactAttribute, PendingVerification> byContact;

  private ContactVerifications(SortedMap<ContactAttribute, PendingVerification> byContact) {
    this.byContact = byContact;
  }

  /** No codes pending. */
  public static ContactVerifications none() {
    return NONE;
  }

  /**
   * These verifications; a later one for the same contact wins.
   *
   * @throws NullPointerException if one is null
   */
  public static ContactVerifications of(Seq<PendingVerification> verifications) {
    ContactVerifications all = NONE;
    for (PendingVerification v : verifications) {
      all = all.with(Objects.requireNonNull(v, "verification is null"));
    }
    return all;
  }

  /** The code pending for {@code contact}, if any. */
  public Option<PendingVerification> of(ContactAttribute contact) {
    return byContact.get(contact);
  }

  /** Every pending verification, email first. */
  public Seq<PendingVerification> all() {
    return byContact.values().toList();
  }

  /** Whether none is pending. */
  public boolean isEmpty() {
    return byContact.isEmpty();
  }

  /** These with {@code verification} in place of any for its contact. */
  public ContactVerifications with(PendingVerification verification) {
    return new ContactVerifications(byContact.put(verification.contact(), verification));
  }

  /** These without any for {@code contact}. */
  public ContactVerifications without(ContactAttribute contact) {
    return new ContactVerifications(byContact.remove(contact));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactVerifications other && byContact.equals(other.byContact);
  }

  @Override
  public int hashCode() {
    return byContact.hashCode();
  }

  @Override
  public String toString() {
    return "ContactVerifications" + all().mkString("[", ", ", "]");
  }
}
