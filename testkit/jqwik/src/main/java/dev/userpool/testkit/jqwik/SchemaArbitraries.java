package dev.userpool.testkit.jqwik;

import dev.userpool.schema.AttributeDataType;
import dev.userpool.schema.Constraints;
import dev.userpool.schema.Schema;
import dev.userpool.schema.SchemaAttribute.Trait;
import dev.userpool.schema.SchemaDefinition;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Schemas CreateUserPool accepts (the standard attributes, some of them required or immutable, and up to eight custom or
 * developer-only attributes of every type and constraint), and app clients' ReadAttributes and WriteAttributes that any
 * such schema accepts.
 */
public final class SchemaArbitraries {

  private static final java.util.List<String> STANDARD = java.util.List.of("name", "email", "phone_number", "given_name", "birthdate");

  private SchemaArbitraries() {}

  /** A schema CreateUserPool decides from a valid {@code Schema}. */
  public static Arbitrary<Schema> anySchema() {
    Arbitrary<SchemaDefinition> standard = Combinators.combine(Arbitraries.of(STANDARD), Arbitraries.of(true, false),
        Arbitraries.of(true, false))
        .as((name, required, mutable) -> new SchemaDefinition(name, Option.none(),
            HashMap.of(Trait.REQUIRED, required, Trait.MUTABLE, mutable), Option.none(), Option.none()));
    Arbitrary<SchemaDefinition> custom = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
        Arbitraries.of(AttributeDataType.class), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 2048), Arbitraries.integers().between(0, 2048))
        .as((name, type, developerOnly, mutable, a, b) -> new SchemaDefinition("x" + name, Option.some(type),
            HashMap.of(Trait.DEVELOPER_ONLY, developerOnly, Trait.MUTABLE, mutable),
            Option
                .some(new Constraints.Length(Option.some(Integer.toString(Math.min(a, b))), Option.some(Integer.toString(Math.max(a, b))))),
            Option.some(new Constraints.Range(Option.some("-" + a), Option.some(Integer.toString(b))))));
    return Combinators.combine(standard.list().ofMaxSize(3).uniqueElements(SchemaDefinition::name),
        custom.list().ofMaxSize(8).uniqueElements(SchemaDefinition::name))
        .as((s, c) -> Schema.create(List.ofAll(s).appendAll(c)).getOrElseThrow(e -> new IllegalStateException(e.message())));
  }

  /** ReadAttributes and WriteAttributes any schema accepts: absent (the defaults) or some standard attributes. */
  public static Arbitrary<Tuple2<Option<Seq<String>>, Option<Seq<String>>>> anyClientAttributes() {
    Arbitrary<Option<Seq<String>>> names = Arbitraries.subsetOf(STANDARD).map(s -> Option.<Seq<String>>some(List.ofAll(s).sorted()))
        .injectNull(0.5).map(o -> o == null ? Option.<Seq<String>>none() : o);
    return Combinators.combine(names, names).as(Tuple::of);
  }
}
