package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's "Spring Boot" section works as written: a Spring Boot application made of README's application, its
 * application.properties and its test, with README's dependency block added to a project on spring-boot-starter-parent
 * (the version testkit/spring builds against) with the web, resource-server and test starters, passes its
 * {@code mvn test} against the artifacts this build has just packaged. Offline when this build is; online, the
 * consumer's Spring Boot parent may fetch what this build never needed (its plugins, its logging).
 */
class SpringConsumerProjectTest {

  private static final Pattern CLASS = Pattern.compile("^(?:public )?class (\\w+)", Pattern.MULTILINE);
  private static final Pattern PROPERTY = Pattern.compile("<(spring-boot|awssdk)\\.version>([^<]+)</");

  @Test
  void readmesSpringBootExampleBuildsAndItsTestsPass() throws IOException, InterruptedException {
    String readme = ConsumerProjectTest.readme();
    String application = ConsumerProjectTest.snippet(readme, "readme-spring-app");
    String test = ConsumerProjectTest.snippet(readme, "readme-spring-test");
    String dependency = ConsumerProjectTest.block(readme, "xml", "spring-dependency");
    assertThat(dependency).contains("<artifactId>userpool-spring-boot-test</artifactId>")
        .contains("<version>" + System.getProperty("userpool.version") + "</version>");

    List<String[]> artifacts = new ArrayList<>(ConsumerProjectTest.ARTIFACTS);
    artifacts.add(new String[]{ "testkit/spring", "userpool-spring-boot-test" });
    String output = ConsumerProjectTest.build("consumer-spring",
        pom(ConsumerProjectTest.block(readme, "xml", "spring-properties"), dependency),
        Map.of("src/main/java/com/example/" + className(application) + ".java", application,
            "src/main/resources/application.properties", ConsumerProjectTest.block(readme, "properties", "spring-application.properties"),
            "src/test/java/com/example/" + className(test) + ".java", test),
        artifacts, !"offline=false".equals(System.getProperty("userpool.offline")));

    assertThat(output).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
  }

  private static String pom(String properties, String dependency) throws IOException {
    String root = Files.readString(DocsGenerationTest.repositoryRoot().resolve("pom.xml"), StandardCharsets.UTF_8);
    String spring = Files.readString(DocsGenerationTest.repositoryRoot().resolve("testkit/spring/pom.xml"), StandardCharsets.UTF_8);
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>%s</version>
            <relativePath/>
          </parent>
          <groupId>com.example</groupId>
          <artifactId>greeting</artifactId>
          <version>1.0</version>
        %s
          <dependencies>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-web</artifactId>
            </dependency>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-oauth2-resource-server</artifactId>
            </dependency>
            <dependency>
              <groupId>software.amazon.awssdk</groupId>
              <artifactId>cognitoidentityprovider</artifactId>
              <version>%s</version>
            </dependency>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-test</artifactId>
              <scope>test</scope>
            </dependency>
        %s  </dependencies>
        </project>
        """.formatted(version(spring, "spring-boot"), properties.indent(2), version(root, "awssdk"), dependency.indent(4));
  }

  private static String className(String source) {
    Matcher m = CLASS.matcher(source);
    assertThat(m.find()).as("the example's class").isTrue();
    return m.group(1);
  }

  private static String version(String pom, String name) {
    Matcher m = PROPERTY.matcher(pom);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new AssertionError("no <" + name + ".version> in the POM");
  }
}
