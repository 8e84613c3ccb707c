package dev.userpool.mfa;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;

/** Cognito's order of factors in UserMFASettingList: the enum's. */
final class MfaOrder {

  private MfaOrder() {}

  static Seq<MfaType> sorted(Set<MfaType> types) {
    return types.toList().sortBy(Enum::ordinal);
  }
}
