package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.userpool.error.CognitoError;
import dev.userpool.error.ErrorCode;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.Commands;
import dev.userpool.service.GroupService;
import dev.userpool.service.Requests;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.User;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The endpoint's {@code --init FILE}: user pools, app clients and users declared in JSON, so that an
 * application's configuration can name fixed ids and a team can share one file. The file is applied
 * through the service's own operations (CreateUserPool and CreateUserPoolClient with the given ids,
 * AdminCreateUser, AdminSetUserPassword, SignUp, AdminResetUserPassword, AdminDisableUser), so every rule
 * is the same as over the wire: ids, names, policies and attributes are validated as Cognito validates
 * them, and passwords obey the pool's policy.
 *
 * <p>Every problem is reported, each with its JSON path ({@code $.userPools[0].users[1].password}); a
 * file with problems configures nothing that is kept: the caller discards the InProcessCognito and starts
 * nothing. The format:
 *
 * <pre>{@code
 * {"userPools": [{
 *   "id": "us-east-1_Example1", "name": "app",                         (required)
 *   "passwordPolicy": {"minimumLength": 8, "requireUppercase": true, "requireLowercase": true,
 *                      "requireNumbers": true, "requireSymbols": true, "passwordHistorySize": 0,
 *                      "temporaryPasswordValidityDays": 7},                (absent: Cognito's default)
 *   "tier": "ESSENTIALS", "usernameAttributes": [], "aliasAttributes": ["email"],
 *   "autoVerifiedAttributes": ["email"], "caseSensitive": true,
 *   "schema": [{"name": "email", "required": true},                    (CreateUserPool's Schema: InitFileSchema)
 *              {"name": "team", "attributeDataType": "String", "stringAttributeConstraints": {"maxLength": "64"}}],
 *   "groups": [{"name": "admins", "description": "...", "roleArn": "arn:aws:iam::123456789012:role/a", "precedence": 1}],
 *   "clients": [{"id": "example1client1", "name": "web",                 (required)
 *                "explicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"], "preventUserExistenceErrors": "ENABLED",
 *                "authSessionValidity": 3, "generateSecret": false,
 *                "readAttributes": ["email", "custom:team"], "writeAttributes": ["email"]}],
 *   "users": [{"username": "jane",                                       (required)
 *              "status": "CONFIRMED",   (CONFIRMED, FORCE_CHANGE_PASSWORD, UNCONFIRMED or RESET_REQUIRED)
 *              "password": "...",       (permanent; temporary when FORCE_CHANGE_PASSWORD)
 *              "enabled": true, "attributes": {"email": "jane@example.com", "email_verified": "true"},
 *              "groups": ["admins"]}]
 * }]}
 * }</pre>
 *
 * <p>A CONFIRMED or RESET_REQUIRED user needs a password; a FORCE_CHANGE_PASSWORD user without one gets
 * a generated temporary password (in the mailbox, as AdminCreateUser would send it); an UNCONFIRMED user
 * is signed up through the pool's first app client, so the pool needs one; a RESET_REQUIRED user needs a
 * verified email or phone number. Groups are created with CreateGroup and joined with AdminAddUserToGroup.
 * A client with {@code "generateSecret": true} gets a generated secret (DescribeUserPoolClient shows it); a
 * fixed secret is not part of the format.
 */
public final class InitFile {

  /** A problem in the file: where, as a JSON path, and what. */
  public record Problem(String path, String message) {
    public Problem {
      Objects.requireNonNull(path, "path is null");
      Objects.requireNonNull(message, "message is null");
    }

    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  /** What a file configured. */
  public record Applied(int userPools, int clients, int users) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ROOT = Set.of("userPools");
  private static final Set<String> POOL = Set.of("id", "name", "passwordPolicy", "tier", "usernameAttributes", "aliasAttributes",
      "autoVerifiedAttributes", "caseSensitive", InitFileSchema.SCHEMA, InitFileLambda.LAMBDA_CONFIG, "clients", "groups", "users");
  private static final Set<String> GROUP = Set.of("name", "description", "roleArn", "precedence");
  private static final Set<String> POLICY = Set.of("minimumLength", "requireUppercase", "requireLowercase", "requireNumbers",
      "requireSymbols", "passwordHistorySize", "temporaryPasswordValidityDays");
  private static final Set<String> CLIENT = Set.of("id", "name", "explicitAuthFlows", "preventUserExistenceErrors", "authSessionValidity",
      "generateSecret", "readAttributes", "writeAttributes");
  private static final Set<String> USER = Set.of("username", "status", "password", "enabled", "attributes", "groups");
  private static final Set<String> STATUSES = Set.of("CONFIRMED", "FORCE_CHANGE_PASSWORD", "UNCONFIRMED", "RESET_REQUIRED");

  private final JsonNode root;

  private InitFile(JsonNode root) {
    this.root = root;
  }

  // -- reading

  /** The file at {@code path}, or the problem reading it. */
  public static Either<Seq<Problem>, InitFile> read(Path path) {
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Either.left(List.of(new Problem("$", "cannot read " + path + ": " + e.getMessage())));
    }
  }

  /** The file's text as an init file, or its problems of shape (JSON syntax, types, unknown or missing members). */
  public static Either<Seq<Problem>, InitFile> parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return Either.left(List.of(new Problem("$", "not JSON: " + e.getOriginalMessage())));
    }
    java.util.List<Problem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      return Either.left(List.of(new Problem("$", "must be an object")));
    }
    members(root, "$", ROOT, problems);
    JsonNode pools = root.path("userPools");
    if (!pools.isMissingNode() && !pools.isArray()) {
      problems.add(new Problem("$.userPools", "must be an array"));
    }
    int i = 0;
    for (JsonNode pool : iterable(pools)) {
      checkPool(pool, "$.userPools[" + i++ + "]", problems);
    }
    return problems.isEmpty() ? Either.right(new InitFile(root)) : Either.left(List.ofAll(problems));
  }

  private static void checkPool(JsonNode pool, String path, java.util.List<Problem> problems) {
    if (!pool.isObject()) {
      problems.add(new Problem(path, "must be an object"));
      return;
    }
    members(pool, path, POOL, problems);
    required(pool, path, "id", problems);
    required(pool, path, "name", problems);
    type(pool, path, "tier", JsonNode::isTextual, "a string", problems);
    type(pool, path, "caseSensitive", JsonNode::isBoolean, "a boolean", problems);
    for (String list : new String[]{ "usernameAttributes", "aliasAttributes", "autoVerifiedAttributes" }) {
      stringArray(pool, path, list, problems);
    }
    InitFileSchema.check(pool, path, problems);
    InitFileLambda.check(pool, path, problems);
    JsonNode policy = pool.path("passwordPolicy");
    if (!policy.isMissingNode()) {
      if (!policy.isObject()) {
        problems.add(new Problem(path + ".passwordPolicy", "must be an object"));
      } else {
        members(policy, path + ".passwordPolicy", POLICY, problems);
        for (String n : new String[]{ "minimumLength", "passwordHistorySize", "temporaryPasswordValidityDays" }) {
          type(policy, path + ".passwordPolicy", n, JsonNode::isInt, "an integer", problems);
        }
        for (String b : new String[]{ "requireUppercase", "requireLowercase", "requireNumbers", "requireSymbols" }) {
          type(policy, path + ".passwordPolicy", b, JsonNode::isBoolean, "a boolean", problems);
        }
      }
    }
    int c = 0;
    for (JsonNode client : array(pool, path, "clients", problems)) {
      String at = path + ".clients[" + c++ + "]";
      if (!client.isObject()) {
        problems.add(new Problem(at, "must be an object"));
        continue;
      }
      members(client, at, CLIENT, problems);
      required(client, at, "id", problems);
      required(client, at, "name", problems);
      stringArray(client, at, "explicitAuthFlows", problems);
      type(client, at, "preventUserExistenceErrors", JsonNode::isTextual, "a string", problems);
      type(client, at, "authSessionValidity", JsonNode::isInt, "an integer", problems);
      type(client, at, "generateSecret", JsonNode::isBoolean, "a boolean", problems);
      stringArray(client, at, "readAttributes", problems);
      stringArray(client, at, "writeAttributes", problems);
    }
    int g = 0;
    for (JsonNode group : array(pool, path, "groups", problems)) {
      String at = path + ".groups[" + g++ + "]";
      if (!group.isObject()) {
        problems.add(new Problem(at, "must be an object"));
        continue;
      }
      members(group, at, GROUP, problems);
      required(group, at, "name", problems);
      type(group, at, "description", JsonNode::isTextual, "a string", problems);
      type(group, at, "roleArn", JsonNode::isTextual, "a string", problems);
      type(group, at, "precedence", JsonNode::isInt, "an integer", problems);
    }
    int u = 0;
    for (JsonNode user : array(pool, path, "users", problems)) {
      String at = path + ".users[" + u++ + "]";
      if (!user.isObject()) {
        problems.add(new Problem(at, "must be an object"));
        continue;
      }
      members(user, at, USER, problems);
      required(user, at, "username", problems);
      type(user, at, "password", JsonNode::isTextual, "a string", problems);
      type(user, at, "enabled", JsonNode::isBoolean, "a boolean", problems);
      stringArray(user, at, "groups", problems);
      String status = user.path("status").asText("CONFIRMED");
      if (user.has("status") && (!user.get("status").isTextual() || !STATUSES.contains(status))) {
        problems.add(new Problem(at + ".status", "must be one of CONFIRMED, FORCE_CHANGE_PASSWORD, UNCONFIRMED, RESET_REQUIRED"));
      } else if (!user.has("password") && !status.equals("FORCE_CHANGE_PASSWORD")) {
        problems.add(new Problem(at + ".password", "is required for a " + status + " user"));
      } else if (status.equals("UNCONFIRMED") && !(pool.path("clients").isArray() && pool.path("clients").size() > 0)) {
        problems.add(new Problem(at + ".status", "an UNCONFIRMED user signs up through an app client: declare one in the pool"));
      }
      JsonNode attributes = user.path("attributes");
      if (!attributes.isMissingNode()) {
        if (!attributes.isObject()) {
          problems.add(new Problem(at + ".attributes", "must be an object of attribute names to string values"));
        } else {
          attributes.fields().forEachRemaining(f -> {
            if (!f.getValue().isTextual()) {
              problems.add(new Problem(at + ".attributes." + f.getKey(), "must be a string"));
            }
          });
        }
      }
    }
  }

  // -- applying

  /**
   * Applies the file to {@code cognito} through its service, pool by pool, and reports every problem the
   * service finds (a pool that fails is reported, and its clients and users are not tried). When there
   * are problems, {@code cognito} may hold part of the file: discard it.
   */
  public Either<Seq<Problem>, Applied> applyTo(InProcessCognito cognito) {
    UserPoolService service = cognito.service();
    java.util.List<Problem> problems = new ArrayList<>();
    int pools = 0;
    int clients = 0;
    int users = 0;
    int i = 0;
    for (JsonNode pool : iterable(root.path("userPools"))) {
      String path = "$.userPools[" + i++ + "]";
      Either<CognitoError, UserPool> created = UserPoolId.parse(pool.get("id").asText()).toEither()
          .mapLeft(v -> (CognitoError) new CognitoError.RequestInvalid(v))
          .flatMap(id -> Commands.parse(poolRequest(pool)).flatMap(c -> service.poolConfiguration().createUserPool(c, id)))
          .flatMap(p -> InitFileLambda.lambdaConfig(pool).map(config -> service.triggers().configure(p.id(), config))
              .getOrElse(Either.right(p)));
      if (created.isLeft()) {
        problems.add(new Problem(path, describe(created.getLeft())));
        continue;
      }
      pools++;
      String poolId = created.get().id().value();
      java.util.List<String> clientIds = new ArrayList<>();
      int c = 0;
      for (JsonNode client : iterable(pool.path("clients"))) {
        String at = path + ".clients[" + c++ + "]";
        Either<CognitoError, ?> made = ClientId.parse(client.get("id").asText()).toEither()
            .mapLeft(v -> (CognitoError) new CognitoError.RequestInvalid(v))
            .flatMap(id -> Commands.parse(new Requests.CreateUserPoolClient(poolId, client.get("name").asText(),
                strings(client.get("explicitAuthFlows")), text(client.get("preventUserExistenceErrors")),
                integer(client.get("authSessionValidity")), bool(client.get("generateSecret")), null, null, null, null,
                strings(client.get("readAttributes")), strings(client.get("writeAttributes"))))
                .flatMap(command -> service.poolConfiguration().createUserPoolClient(command, id)));
        if (made.isLeft()) {
          problems.add(new Problem(at, describe(made.getLeft())));
        } else {
          clients++;
          clientIds.add(client.get("id").asText());
        }
      }
      int g = 0;
      for (JsonNode group : iterable(pool.path("groups"))) {
        String at = path + ".groups[" + g++ + "]";
        Either<CognitoError, ?> made = cognito.groupService().createGroup(new GroupService.CreateGroup(poolId,
            group.get("name").asText(), text(group.get("description")), text(group.get("roleArn")), integer(group.get("precedence"))));
        if (made.isLeft()) {
          problems.add(new Problem(at, describe(made.getLeft())));
        }
      }
      int u = 0;
      for (JsonNode user : iterable(pool.path("users"))) {
        String at = path + ".users[" + u++ + "]";
        java.util.List<Problem> found = applyUser(service, poolId, clientIds, user, at);
        if (found.isEmpty()) {
          int m = 0;
          for (JsonNode group : iterable(user.path("groups"))) {
            Either<CognitoError, ?> joined = cognito.groupService().adminAddUserToGroup(
                new GroupService.MembershipRequest(poolId, user.get("username").asText(), group.asText()));
            if (joined.isLeft()) {
              found = java.util.List.of(new Problem(at + ".groups[" + m + "]", describe(joined.getLeft())));
            }
            m++;
          }
        }
        if (found.isEmpty()) {
          users++;
        }
        problems.addAll(found);
      }
    }
    return problems.isEmpty() ? Either.right(new Applied(pools, clients, users)) : Either.left(List.ofAll(problems));
  }

  private static java.util.List<Problem> applyUser(UserPoolService service, String poolId, java.util.List<String> clientIds,
      JsonNode user, String at) {
    String username = user.get("username").asText();
    String password = text(user.get("password"));
    String status = user.path("status").asText("CONFIRMED");
    java.util.List<Requests.AttributeType> attributes = new ArrayList<>();
    user.path("attributes").fields().forEachRemaining(f -> attributes.add(new Requests.AttributeType(f.getKey(), f.getValue().asText())));
    Either<CognitoError, User> outcome;
    if (status.equals("UNCONFIRMED")) {
      if (clientIds.isEmpty()) {
        return java.util.List.of(new Problem(at + ".status", "an UNCONFIRMED user signs up through an app client, and the pool's failed"));
      }
      outcome = service.signUps().signUp(new Requests.SignUp(clientIds.get(0), username, password, attributes)).map(Object::toString)
          .flatMap(ok -> service.adminGetUser(new Requests.AdminGetUser(poolId, username)));
    } else if (status.equals("FORCE_CHANGE_PASSWORD")) {
      outcome = service.adminCreateUser(new Requests.AdminCreateUser(poolId, username, password, attributes, null));
    } else {
      outcome = service.adminCreateUser(new Requests.AdminCreateUser(poolId, username, null, attributes, "SUPPRESS"))
          .flatMap(created -> service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, username, password, true)));
      if (outcome.isRight() && status.equals("RESET_REQUIRED")) {
        outcome = service.adminResetUserPassword(new Requests.AdminResetUserPassword(poolId, username));
      }
    }
    if (outcome.isRight() && user.has("enabled") && !user.get("enabled").asBoolean()) {
      outcome = service.adminDisableUser(new Requests.AdminDisableUser(poolId, username));
    }
    if (outcome.isLeft()) {
      CognitoError e = outcome.getLeft();
      boolean aboutPassword = e.code() == ErrorCode.INVALID_PASSWORD || e.message().contains("'password'")
          || e.message().contains("'temporaryPassword'");
      return java.util.List.of(new Problem(aboutPassword ? at + ".password" : at, describe(e)));
    }
    return java.util.List.of();
  }

  // -- helpers

  private static Requests.CreateUserPool poolRequest(JsonNode pool) {
    JsonNode p = pool.path("passwordPolicy");
    Requests.PasswordPolicyType policy = p.isObject()
        ? new Requests.PasswordPolicyType(integer(p.get("minimumLength")), bool(p.get("requireUppercase")), bool(p.get("requireLowercase")),
            bool(p.get("requireNumbers")), bool(p.get("requireSymbols")), integer(p.get("passwordHistorySize")),
            integer(p.get("temporaryPasswordValidityDays")))
        : null;
    return new Requests.CreateUserPool(pool.get("name").asText(), policy, text(pool.get("tier")), strings(pool.get("usernameAttributes")),
        strings(pool.get("aliasAttributes")), strings(pool.get("autoVerifiedAttributes")), bool(pool.get("caseSensitive")), null,
        InitFileSchema.schema(pool));
  }

  private static String describe(CognitoError e) {
    return e.cognitoError() + ": " + e.message();
  }

  static void members(JsonNode node, String path, Set<String> known, java.util.List<Problem> problems) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(new Problem(path + "." + name, "unknown member; known: " + String.join(", ", new TreeSet<>(known))));
      }
    }
  }

  private static void required(JsonNode node, String path, String member, java.util.List<Problem> problems) {
    if (!node.has(member) || node.get(member).isNull()) {
      problems.add(new Problem(path + "." + member, "is required"));
    } else if (!node.get(member).isTextual()) {
      problems.add(new Problem(path + "." + member, "must be a string"));
    }
  }

  static void type(JsonNode node, String path, String member, Predicate<JsonNode> ok, String what,
      java.util.List<Problem> problems) {
    if (node.has(member) && !ok.test(node.get(member))) {
      problems.add(new Problem(path + "." + member, "must be " + what));
    }
  }

  private static void stringArray(JsonNode node, String path, String member, java.util.List<Problem> problems) {
    JsonNode list = node.path(member);
    if (list.isMissingNode()) {
      return;
    }
    if (!list.isArray()) {
      problems.add(new Problem(path + "." + member, "must be an array of strings"));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isTextual()) {
        problems.add(new Problem(path + "." + member + "[" + i + "]", "must be a string"));
      }
    }
  }

  private static Iterable<JsonNode> array(JsonNode node, String path, String member, java.util.List<Problem> problems) {
    JsonNode list = node.path(member);
    if (!list.isMissingNode() && !list.isArray()) {
      problems.add(new Problem(path + "." + member, "must be an array"));
      return java.util.List.of();
    }
    return iterable(list);
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node.isArray() ? node : java.util.List.of();
  }

  private static java.util.List<String> strings(JsonNode node) {
    if (node == null || !node.isArray()) {
      return null;
    }
    java.util.List<String> values = new ArrayList<>();
    node.forEach(n -> values.add(n.asText()));
    return values;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Integer integer(JsonNode node) {
    return node == null || node.isNull() ? null : node.asInt();
  }

  private static Boolean bool(JsonNode node) {
    return node == null || node.isNull() ? null : node.asBoolean();
  }

  @Override
  public String toString() {
    return "InitFile[userPools=" + root.path("userPools").size() + "]";
  }
}
