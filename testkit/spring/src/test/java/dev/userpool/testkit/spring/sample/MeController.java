package dev.userpool.testkit.spring.sample;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the caller's claims. */
@RestController
class MeController {

  @GetMapping("/me")
  Map<String, Object> me(@AuthenticationPrincipal Jwt jwt) {
    List<String> authorities = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).sorted().toList();
    return Map.of("username", jwt.getClaimAsString("username"), "sub", jwt.getSubject(), "iss", jwt.getIssuer().toString(),
        "authorities", authorities);
  }
}
