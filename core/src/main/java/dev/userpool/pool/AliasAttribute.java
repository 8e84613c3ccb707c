package dev.userpool.pool;

import io.vavr.control.Option;

/** An attribute users may sign in with instead of their username. Mirrors {@code AliasAttributeType}. */
public enum AliasAttribute {
  /** A verified email. */
  EMAIL("email", Option.some(ContactAttribute.EMAIL)),
  /** A verified phone number. */
  PHONE_NUMBER("phone_number", Option.some(ContactAttribute.PHONE_NUMBER)),
  /** The preferred username; needs no verification. */
  PREFERRED_USERNAME("preferred_username", Option.none());

  private final String attributeName;
  private final Option<ContactAttribute> contact;

  AliasAttribute(String attributeName, Option<ContactAttribute> contact) {
    this.attributeName = attributeName;
    this.contact = contact;
  }

  /** The attribute's name, as the API spells it. */
  public String attributeName() {
    return attributeName;
  }

  /** The contact attribute whose verification makes this alias usable; none for preferred_username. */
  public Option<ContactAttribute> contact() {
    return contact;
  }

  /** Whether the alias matches regardless of case in a case-insensitive pool (not phone numbers). */
  public boolean foldsCase() {
    return this != PHONE_NUMBER;
  }
}
