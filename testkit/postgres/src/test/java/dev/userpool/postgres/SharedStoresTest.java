package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.GroupService;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.TokenService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.testkit.sdk.SrpClient;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two InProcessCognito instances, each on its own connections to one database, as two endpoint processes
 * are: an SRP exchange opened on one is answered on the other, and groups and revocations made through
 * one hold on the other.
 */
class SharedStoresTest {

  private PostgresStores otherStores;
  private InProcessCognito one;
  private InProcessCognito two;
  private String pool;
  private String client;

  @BeforeEach
  void setUp() {
    otherStores = PostgresStores.connect(TestDatabase.url());
    one = on(TestDatabase.stores());
    two = on(otherStores);
    UserPool created = one.service().poolConfiguration().createUserPool(new Requests.CreateUserPool("shared",
        new Requests.PasswordPolicyType(8, true, true, true, false, 0, 7), null, null, null, null, null)).get();
    AppClient app = one.service().poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(created.id().value(), "app",
        List.of("ALLOW_USER_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), null, null, false)).get();
    pool = created.id().value();
    client = app.clientId().value();
    Services.ok(Services.create(one.service(), pool, "jane", "Temporary1x"));
    Services.ok(Services.setPassword(one.service(), pool, "jane", "Permanent1x", true));
  }

  @AfterEach
  void tearDown() {
    otherStores.close();
  }

  private static InProcessCognito on(PostgresStores stores) {
    return InProcessCognito.builder().store(stores.userPools()).groups(stores.groups()).tokenFamilies(stores.tokenFamilies())
        .randomness(SeededRandomness.secure()).build();
  }

  @Test
  void shouldAnswerOnOneNodeTheSrpChallengeTheOtherIssued() {
    SrpClient srp = SrpClient.start(pool);
    Results.PasswordVerifier challenge = (Results.PasswordVerifier) Services.ok(one.service().signIns().initiateAuth(
        new Requests.InitiateAuth(client, "USER_SRP_AUTH", Map.of("USERNAME", "jane", "SRP_A", srp.srpA()))));

    Results.SignIn answered = Services.ok(two.service().signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(client,
        "PASSWORD_VERIFIER", challenge.initiation().session().reveal(),
        srp.answer(challenge.challengeParameters(), "Permanent1x", two.clock().instant()))));

    assertThat(answered).isInstanceOf(Results.Authenticated.class);
  }

  @Test
  void shouldShareGroupsAndMembershipsBetweenNodes() {
    Services.ok(one.groupService().createGroup(new GroupService.CreateGroup(pool, "admins", null, null, 1)));
    Services.ok(one.groupService().adminAddUserToGroup(new GroupService.MembershipRequest(pool, "jane", "admins")));

    assertThat(Services.ok(two.groupService().adminListGroupsForUser(new GroupService.AdminListGroupsForUser(pool, "jane", null, null)))
        .groups().map(g -> g.name().value())).containsExactly("admins");
  }

  @Test
  void shouldRefuseOnOneNodeARefreshTokenRevokedOnTheOther() {
    UserPool stored = one.store().find(new UserPoolId(pool)).get();
    AppClient app = stored.clients().get(new ClientId(client)).get();
    User jane = one.store().users(stored.id()).find(new LookupKey.ByUsername("jane")).get();
    TokenService.Issued issued = one.tokens().issue(stored, app, jane);
    String refresh = issued.refreshToken().get();
    assertThat(two.tokens().refresh(stored, app, refresh).isRight()).isTrue();

    assertThat(Services.ok(two.tokens().revokeToken(refresh, app.clientId()))).isTrue();

    assertThat(one.tokens().refresh(stored, app, refresh).getLeft().message()).isEqualTo("Refresh Token has been revoked");
  }
}
