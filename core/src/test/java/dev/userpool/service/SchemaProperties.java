package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.AttributesRefused;
import dev.userpool.schema.Schema;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SchemaProperties {

  /** A custom String attribute of at most {@code max} characters with a value that fits, or a Number in 0..max. */
  record Declared(String name, boolean number, int max, String value) {}

  private UserPoolService service() {
    return UserPoolService.builder().pools(new SimpleUserPools()).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(1))
        .clock(new MutableClock(Fixtures.T0)).build();
  }

  private static String pool(UserPoolService service, List<Declared> declared) {
    List<Requests.SchemaAttributeType> schema = new ArrayList<>();
    for (Declared d : declared) {
      schema.add(d.number()
          ? new Requests.SchemaAttributeType(d.name(), "Number", null, null, null, null,
              new Requests.NumberAttributeConstraintsType("0", Integer.toString(d.max())))
          : new Requests.SchemaAttributeType(d.name(), "String", null, null, null,
              new Requests.StringAttributeConstraintsType("0", Integer.toString(d.max())), null));
    }
    return service.poolConfiguration().createUserPool(new Requests.CreateUserPool("app", null, null, null, null, null, null, null, schema))
        .get().id().value();
  }

  private static List<Requests.AttributeType> attributes(List<Declared> declared) {
    List<Requests.AttributeType> list = new ArrayList<>();
    for (Declared d : declared) {
      list.add(new Requests.AttributeType("custom:" + d.name(), d.value()));
    }
    return list;
  }

  @Property(tries = 200)
  void attributesTheSchemaAcceptsAreStoredAsGiven(@ForAll("schemas") List<Declared> declared) {
    UserPoolService service = service();
    String poolId = pool(service, declared);

    User created = service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null, attributes(declared), "SUPPRESS")).get();
    User read = service.adminGetUser(new Requests.AdminGetUser(poolId, "jane")).get();

    Map<String, String> expected = new LinkedHashMap<>();
    declared.forEach(d -> expected.put("custom:" + d.name(), d.value()));
    assertThat(read.attributes().asMap().toJavaMap()).isEqualTo(expected);
    assertThat(read).isEqualTo(created);
  }

  @Property(tries = 200)
  void aNameTheSchemaDoesNotHaveIsRefusedAndNothingIsStored(@ForAll("schemas") List<Declared> declared,
      @ForAll("unknownNames") String unknown) {
    UserPoolService service = service();
    String poolId = pool(service, declared);
    User jane = service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null, null, "SUPPRESS")).get();
    List<Requests.AttributeType> withUnknown = new ArrayList<>(attributes(declared));
    withUnknown.add(new Requests.AttributeType(unknown, "x"));

    var created = service.adminCreateUser(new Requests.AdminCreateUser(poolId, "john", null, withUnknown, "SUPPRESS"));
    var updated = service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "jane", withUnknown));

    assertThat(created.getLeft()).isInstanceOf(AttributesRefused.class);
    assertThat(created.getLeft().message()).contains(unknown + ": Attribute does not exist in the schema.\n");
    assertThat(updated.getLeft().message()).contains("user." + unknown + ": Attribute does not exist in the schema.\n");
    assertThat(service.adminGetUser(new Requests.AdminGetUser(poolId, "john")).isLeft()).isTrue();
    assertThat(service.adminGetUser(new Requests.AdminGetUser(poolId, "jane")).get()).isEqualTo(jane);
  }

  @Provide
  Arbitrary<List<Declared>> schemas() {
    Arbitrary<Declared> one = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(Schema.MAX_CUSTOM_NAME_LENGTH),
        Arbitraries.of(true, false), Arbitraries.integers().between(1, 64))
        .flatAs((name, number, max) -> (number
            ? Arbitraries.integers().between(0, max).map(Object::toString)
            : Arbitraries.strings().ofMinLength(1).ofMaxLength(max).filter(v -> v.codePointCount(0, v.length()) <= max
                && !v.isBlank() && v.chars().noneMatch(Character::isISOControl)))
            .map(value -> new Declared(name, number, max, value)));
    return one.list().ofMaxSize(8).uniqueElements(d -> d.name());
  }

  @Provide
  Arbitrary<String> unknownNames() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> "custom:zz" + s),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> "zz" + s),
        Arbitraries.of("nickname2", "first_name", "dev:note", "email_address"));
  }
}
