package dev.userpool.testkit.spring;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;

/**
 * Signed-in users of the context's pool, for requests to the application's secured endpoints (a bean of every
 * {@link AutoConfigureCognito} context):
 *
 * <pre>{@code
 * mvc.perform(get("/me").with(signIn.user("jane").bearer())).andExpect(status().isOk());
 * mvc.perform(get("/admin/users").with(signIn.user("ada", "admin").bearer())).andExpect(status().isOk());
 * webTestClient.get().uri("/me").headers(signIn.user("jane").idTokenHeaders()).exchange();
 * }</pre>
 *
 * <p>A name seen for the first time becomes a confirmed user with the pool's default password; the groups are
 * created when missing and the user added to them (AdminAddUserToGroup), so they appear in the tokens'
 * {@code cognito:groups}. The pool is shared by the tests of one context: a user keeps the groups it was given.
 */
public final class CognitoSignIn {

  private final TestPool pool;
  private final CognitoIdentityProviderClient admin;
  private final Map<String, TestUser> made = new ConcurrentHashMap<>();

  CognitoSignIn(TestPool pool) {
    this.pool = pool;
    this.admin = InProcessCognitoClient.of(pool.cognito());
  }

  /**
   * The user called {@code username}, made confirmed on first use, in {@code groups}.
   *
   * @throws IllegalStateException if the pool has a user of that name that this bean did not make (pass its
   *     {@link TestUser} to {@link #user(TestUser, String...)} instead)
   * @throws NullPointerException if an argument is null
   */
  public SignedIn user(String username, String... groups) {
    Objects.requireNonNull(username, "username is null");
    TestUser user = made.computeIfAbsent(username, name -> {
      if (pool.find(name).isPresent()) {
        throw new IllegalStateException(name + " is already in the pool, made by a fixture or by the application: pass the "
            + "TestUser your fixture returned to CognitoSignIn.user(TestUser, String...), or pick another name");
      }
      return pool.user(name).confirmed();
    });
    return user(user, groups);
  }

  /**
   * A user a fixture made (it must be able to sign in with the fixture's password), in {@code groups}.
   *
   * @throws NullPointerException if an argument is null
   */
  public SignedIn user(TestUser user, String... groups) {
    Objects.requireNonNull(user, "user is null");
    for (String group : List.of(groups)) {
      try {
        admin.createGroup(r -> r.userPoolId(pool.id().value()).groupName(group));
      } catch (GroupExistsException alreadyThere) {
        // made by an earlier test of this context
      }
      admin.adminAddUserToGroup(r -> r.userPoolId(pool.id().value()).username(user.user().username().value()).groupName(group));
    }
    return new SignedIn(user);
  }

  @Override
  public String toString() {
    return "CognitoSignIn[" + pool.id().value() + "]";
  }
}
