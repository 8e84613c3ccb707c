package dev.userpool.testkit.spring.sample;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.web.SecurityFilterChain;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * An application as it runs in production: SDK clients for its region, a resource server configured by
 * application.properties (issuer, cognito:groups as roles), and validators that accept only access tokens of its
 * own app client. Its tests change none of it.
 */
@SpringBootApplication
public class SampleApplication {

  @Bean
  CognitoIdentityProviderClient cognito(@Value("${app.cognito.region}") String region) {
    return CognitoIdentityProviderClient.builder().region(Region.of(region)).build();
  }

  @Bean
  CognitoIdentityProviderAsyncClient cognitoAsync(@Value("${app.cognito.region}") String region) {
    return CognitoIdentityProviderAsyncClient.builder().region(Region.of(region)).build();
  }

  /** Spring Boot adds this to its JwtDecoder: only access tokens, only of this application's client. */
  @Bean
  OAuth2TokenValidator<Jwt> cognitoAccessTokens(@Value("${app.cognito.client-id}") String clientId) {
    return new DelegatingOAuth2TokenValidator<>(new JwtClaimValidator<String>("token_use", "access"::equals),
        new JwtClaimValidator<String>("client_id", clientId::equals));
  }

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**").hasRole("admin").anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
