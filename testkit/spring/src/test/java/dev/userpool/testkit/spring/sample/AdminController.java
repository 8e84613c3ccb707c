package dev.userpool.testkit.spring.sample;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** For the admin group only (SampleApplication's security). */
@RestController
class AdminController {

  private final UserAdmin users;

  AdminController(UserAdmin users) {
    this.users = users;
  }

  record NewUser(String username, String email) {}

  @PostMapping("/admin/users")
  Map<String, String> create(@RequestBody NewUser user) {
    return Map.of("status", users.invite(user.username(), user.email()));
  }

  @GetMapping("/admin/users/{username}")
  Map<String, String> status(@PathVariable String username) {
    return Map.of("status", users.status(username));
  }
}
