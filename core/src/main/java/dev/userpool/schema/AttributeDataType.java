package dev.userpool.schema;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** Mirrors {@code AttributeDataType}: the type of an attribute's values. Every value travels as a string. */
public enum AttributeDataType {
  /** {@code String}. */
  STRING("String"),
  /** {@code Number}. */
  NUMBER("Number"),
  /** {@code DateTime}. */
  DATETIME("DateTime"),
  /** {@code Boolean}. */
  BOOLEAN("Boolean");

  private final String wireName;

  AttributeDataType(String wireName) {
    this.wireName = wireName;
  }

  /** The name on the wire, for example {@code DateTime}. */
  public String wireName() {
    return wireName;
  }

  /** The type with this wire name, if any. */
  public static Option<AttributeDataType> ofWireName(String name) {
    return List.of(values()).find(t -> t.wireName.equals(name));
  }
}
