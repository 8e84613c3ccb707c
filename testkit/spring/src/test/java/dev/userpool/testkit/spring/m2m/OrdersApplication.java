package dev.userpool.testkit.spring.m2m;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A machine-to-machine resource server as it runs in production: a JWT resource server configured by issuer-uri alone
 * (discovery, then the keys), whose endpoints need a resource server's scopes ({@code SCOPE_orders/read} to read,
 * {@code SCOPE_orders/write} to write), the authorities Spring Boot derives from the access token's {@code scope}.
 */
@SpringBootApplication
public class OrdersApplication {

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/orders").hasAuthority("SCOPE_orders/read")
        .requestMatchers(HttpMethod.POST, "/orders").hasAuthority("SCOPE_orders/write").anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @RestController
  static class Orders {
    @GetMapping("/orders")
    String list() {
      return "[]";
    }

    @PostMapping("/orders")
    String create() {
      return "created";
    }
  }
}
