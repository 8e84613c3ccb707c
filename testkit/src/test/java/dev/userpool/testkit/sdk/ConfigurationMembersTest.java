package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.Operation;
import dev.userpool.testkit.sdk.ConfigurationMembers.Member;
import dev.userpool.testkit.sdk.ConfigurationMembers.Treatment;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;

/**
 * The table of {@link ConfigurationMembers} against the API model as the SDK the library is built with carries it: every
 * input member of every implemented operation has a row, and every row names such a member. A member a newer model
 * adds fails here until it is implemented or refused.
 */
class ConfigurationMembersTest {

  private static final String MODEL = "software.amazon.awssdk.services.cognitoidentityprovider.model.";

  static Seq<String> implementedOperations() {
    return List.of(Operation.values()).map(Operation::cognitoName).distinct();
  }

  static SdkPojo request(String operation) {
    try {
      return (SdkPojo) Class.forName(MODEL + operation.replace("MFA", "Mfa").replace("CSV", "Csv") + "Request").getMethod("builder")
          .invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no SDK request for " + operation, e);
    }
  }

  static Seq<String> modelRows() {
    return implementedOperations().flatMap(op -> ConfigurationMembers.paths(request(op)).map(path -> op + "\t" + path));
  }

  @Test
  void everyInputMemberOfEveryImplementedOperationHasARow() {
    Seq<String> missing = modelRows().filter(row -> {
      String[] cells = row.split("\t");
      return ConfigurationMembers.find(cells[0], cells[1]).isEmpty();
    });

    assertThat(missing).as("members without a row in configuration-members.tsv").isEmpty();
  }

  @Test
  void everyRowNamesAMemberOfTheModelOnce() {
    Seq<String> rows = ConfigurationMembers.all().map(m -> m.operation() + "\t" + m.path());

    assertThat(rows).doesNotHaveDuplicates();
    assertThat(modelRows()).containsAll(rows);
  }

  @Test
  void everyRowButTheImplementedSaysWhy() {
    assertThat(ConfigurationMembers.all().filter(m -> m.treatment() != Treatment.IMPLEMENTED && m.treatment() != Treatment.STRUCTURE))
        .allSatisfy(m -> assertThat(m.note()).as(m.operation() + " " + m.path()).isNotBlank());
    assertThat(ConfigurationMembers.all().filter(m -> m.treatment() != Treatment.REFUSED).flatMap(Member::accepted)).isEmpty();
  }
}
