package dev.userpool.user;

/** AdminCreateUser's {@code MessageAction}; absent means send the invitation. */
public enum MessageAction {
  /** Resend the invitation to an existing FORCE_CHANGE_PASSWORD user, with a new temporary password. */
  RESEND,
  /** Create the user without sending anything. */
  SUPPRESS
}
