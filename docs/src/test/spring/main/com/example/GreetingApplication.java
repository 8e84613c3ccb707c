// tag::readme-spring-app[]
package com.example;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

@SpringBootApplication
public class GreetingApplication {

  public static void main(String[] args) {
    SpringApplication.run(GreetingApplication.class, args);
  }

  @Bean // the client your services call Cognito with; the test replaces it
  CognitoIdentityProviderClient cognito() {
    return CognitoIdentityProviderClient.create();
  }

  @Bean // Spring Boot adds it to its JwtDecoder: access tokens of this app client only
  OAuth2TokenValidator<Jwt> cognitoAccessTokens(@Value("${app.cognito.client-id}") String clientId) {
    return new DelegatingOAuth2TokenValidator<>(
        new JwtClaimValidator<String>("token_use", "access"::equals), // an ID token says "id"
        new JwtClaimValidator<String>("client_id", clientId::equals)); // access tokens have no aud
  }

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/admin/**").hasRole("admin") // cognito:groups "admin" -> ROLE_admin (properties)
            .anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
        .build();
  }

  @RestController
  static class Greeting {
    private final CognitoIdentityProviderClient cognito;
    private final String poolId;

    Greeting(CognitoIdentityProviderClient cognito, @Value("${app.cognito.user-pool-id}") String poolId) {
      this.cognito = cognito;
      this.poolId = poolId;
    }

    @GetMapping("/hello")
    String hello(@AuthenticationPrincipal Jwt jwt) {
      return "Hello, " + jwt.getClaimAsString("username");
    }

    @GetMapping("/admin/users")
    List<String> users() {
      return cognito.listUsers(r -> r.userPoolId(poolId)).users().stream().map(UserType::username).toList();
    }
  }
}
// end::readme-spring-app[]
