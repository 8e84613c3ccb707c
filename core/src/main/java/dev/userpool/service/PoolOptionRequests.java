package dev.userpool.service;

/**
 * The pool options of CreateUserPool and UpdateUserPool ({@code DeletionProtection}, ...), member for member as the API
 * model has them (absent members are null).
 */
public final class PoolOptionRequests {

  private PoolOptionRequests() {}

  /**
   * The options as they arrived.
   *
   * @param deletionProtection {@code DeletionProtection}, ACTIVE or INACTIVE (its shape is checked with the request's)
   */
  public record Members(String deletionProtection) {

    /** Every member absent. */
    public static Members none() {
      return new Members(null);
    }
  }
}
