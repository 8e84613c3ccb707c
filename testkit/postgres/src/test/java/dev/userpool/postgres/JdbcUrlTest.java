package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.postgres.PostgresStores.JdbcUrl;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jdbc:postgresql://db:5432/cognito?user=u|jdbc:postgresql://db:5432/cognito?user=u",
      "postgresql://db.internal:5433/cognito|jdbc:postgresql://db.internal:5433/cognito",
      "postgres://db/cognito?sslmode=require|jdbc:postgresql://db/cognito?sslmode=require",
      "postgresql://db|jdbc:postgresql://db/",
      "postgresql://db?sslmode=disable|jdbc:postgresql://db/?sslmode=disable",
      "postgresql:///cognito|jdbc:postgresql://localhost/cognito",
      "postgresql://h1:5432,h2:5432/cognito|jdbc:postgresql://h1:5432,h2:5432/cognito" })
  void shouldTurnEachFormIntoAJdbcUrl(String given, String jdbc) {
    assertThat(JdbcUrl.parse(given).url()).isEqualTo(jdbc);
  }

  @Test
  void shouldTakeTheCredentialsOutOfALibpqUriDecoded() {
    JdbcUrl url = JdbcUrl.parse("postgresql://cognito:s%40cret+1@db/cognito");

    assertThat(url.url()).isEqualTo("jdbc:postgresql://db/cognito");
    assertThat(url.user()).isEqualTo(Option.some("cognito"));
    assertThat(url.password()).isEqualTo(Option.some("s@cret+1"));
  }

  @Test
  void shouldNeverPrintThePassword() {
    assertThat(JdbcUrl.parse("postgresql://cognito:hunter2@db/cognito").toString()).doesNotContain("hunter2");
    assertThat(JdbcUrl.parse("jdbc:postgresql://db/cognito?user=u&password=hunter2&ssl=true").toString())
        .doesNotContain("hunter2").contains("ssl=true");
  }

  @Test
  void shouldRefuseOtherSchemes() {
    assertThatThrownBy(() -> JdbcUrl.parse("mysql://db/cognito")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("db/cognito");
  }
}
