package dev.userpool.group;

import static dev.userpool.support.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.UserPoolId;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class GroupTest {

  static final UserPoolId POOL = new UserPoolId("us-east-1_TEST");

  @Test
  void shouldKeepAbsentMembersOnUpdate() {
    Group group = Group.create(POOL, new GroupName("admins"), Option.some("Admins"), Option.some("arn:aws:iam::1:role/a"),
        Option.some(3), T0);

    Group updated = group.update(Option.none(), Option.none(), Option.some(0), T0.plusSeconds(5));

    assertThat(updated.description()).contains("Admins");
    assertThat(updated.roleArn()).contains("arn:aws:iam::1:role/a");
    assertThat(updated.precedence()).contains(0);
    assertThat(updated.creationDate()).isEqualTo(T0);
    assertThat(updated.lastModifiedDate()).isEqualTo(T0.plusSeconds(5));
    assertThat(updated.version()).isEqualTo(2);
  }

  @Test
  void shouldValidateNamesAsGroupNameType() {
    assertThat(GroupName.parse("admins").isValid()).isTrue();
    assertThat(GroupName.parse("with space").getError().head().toString()).contains("groupName");
    assertThat(GroupName.parse("x".repeat(129)).isValid()).isFalse();
    assertThat(GroupName.parse("").isValid()).isFalse();
    assertThatThrownBy(() -> new GroupName("a b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseANegativePrecedence() {
    assertThatThrownBy(() -> Group.create(POOL, new GroupName("a"), Option.none(), Option.none(), Option.some(-1), T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldLeaveOutWhatABuilderWasNotGiven() {
    Group group = Group.builder().poolId(POOL).name(new GroupName("readers")).creationDate(T0).lastModifiedDate(T0).build();

    assertThat(group.description()).isEmpty();
    assertThat(group.roleArn()).isEmpty();
    assertThat(group.precedence()).isEmpty();
    assertThat(group.version()).isEqualTo(1);
  }
}
