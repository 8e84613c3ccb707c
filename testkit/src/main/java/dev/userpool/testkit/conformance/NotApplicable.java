package dev.userpool.testkit.conformance;

/** Thrown by a rule's steps when the target lacks what the rule needs; the report says why. */
public final class NotApplicable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With the reason, which never holds a secret. */
  public NotApplicable(String reason) {
    super(reason, null, false, false);
  }
}
