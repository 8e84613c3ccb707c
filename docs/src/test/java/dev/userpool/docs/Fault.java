package dev.userpool.docs;

/**
 * One thing wrong with a request or a user, on top of a scenario in which the operation succeeds. The
 * check orders are observed by running operations with one fault, then with two at once, and seeing
 * whose error wins (see {@link CheckOrder}).
 */
enum Fault {
  // -- before the decision (the application service)
  MALFORMED_REQUEST("a request member breaks its constraints"), UNKNOWN_POOL("the user pool does not exist"), UNKNOWN_CLIENT(
      "the app client does not exist"), FLOW_NOT_ENABLED(
          "the app client does not allow the auth flow"), UNKNOWN_USER("no user has that name"),

  // -- the decision (the User aggregate)
  USERNAME_NOT_AN_EMAIL("the username is not an email, in a pool whose usernames are emails"), DISABLED(
      "the user is disabled"), SESSION_NEVER_ISSUED("the session was never issued to the user"), SESSION_ANSWERED(
          "the session was answered before"), SESSION_EXPIRED("the session is older than the client's AuthSessionValidity"), REFUSED_STATUS(
              "the user's status is one the transition table refuses"), NO_PENDING_CODE("no code was requested"), WRONG_CODE(
                  "the code is wrong"), CODE_EXPIRED("the code is past its validity"), NO_VERIFIED_CONTACT(
                      "the user has no verified email or phone number"), MALFORMED_NEW_PASSWORD(
                          "the new password starts with a space"), WEAK_PASSWORD("the new password breaks the policy"), LOCKED_OUT(
                              "five wrong passwords a moment ago locked the user out"), WRONG_PASSWORD(
                                  "the password is wrong"), PASSWORD_IN_HISTORY(
                                      "the new password is one of the user's recent passwords"), TEMPORARY_PASSWORD_EXPIRED(
                                          "the temporary password is older than TemporaryPasswordValidityDays");

  private final String description;

  Fault(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /** Whether the fault puts the user in a status of its own, so two such faults cannot be combined. */
  boolean setsStatus() {
    return this == REFUSED_STATUS || this == TEMPORARY_PASSWORD_EXPIRED;
  }
}
