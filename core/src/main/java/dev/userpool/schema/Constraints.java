package dev.userpool.schema;

import dev.userpool.error.AttributesRefused.Problem;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Mirrors {@code StringAttributeConstraintsType} and {@code NumberAttributeConstraintsType}: the bounds of an
 * attribute's values, kept as the strings Cognito shows in DescribeUserPool and parsed when a value is checked.
 */
public sealed interface Constraints permits Constraints.None, Constraints.Length, Constraints.Range {

  /** Whether the bounds are well formed: numbers (lengths whole, 0..2048), a minimum not above its maximum. */
  boolean wellFormed();

  /** What is wrong with {@code value} under these bounds, with the bound it breaks, if anything. */
  Option<Tuple2<Problem, String>> refuse(String value);

  /** No constraints (Boolean and DateTime attributes). */
  record None() implements Constraints {
    @Override
    public boolean wellFormed() {
      return true;
    }

    @Override
    public Option<Tuple2<Problem, String>> refuse(String value) {
      return Option.none();
    }
  }

  /** A String attribute's {@code MinLength} and {@code MaxLength}, each optional, both whole numbers. */
  record Length(Option<String> minLength, Option<String> maxLength) implements Constraints {
    /**
     * @throws NullPointerException if a component is null
     */
    public Length {
      Objects.requireNonNull(minLength, "minLength is null");
      Objects.requireNonNull(maxLength, "maxLength is null");
    }

    /** Bounds given as numbers. */
    public static Length of(int minLength, int maxLength) {
      return new Length(Option.some(Integer.toString(minLength)), Option.some(Integer.toString(maxLength)));
    }

    /** The minimum length, if any, as a number. */
    public Option<BigInteger> min() {
      return minLength.map(BigInteger::new);
    }

    /** The maximum length, if any, as a number. */
    public Option<BigInteger> max() {
      return maxLength.map(BigInteger::new);
    }

    @Override
    public boolean wellFormed() {
      try {
        BigInteger limit = BigInteger.valueOf(Schema.MAX_VALUE_LENGTH);
        Option<BigInteger> min = min();
        Option<BigInteger> max = max();
        return min.toList().appendAll(max).forAll(n -> n.signum() >= 0 && n.compareTo(limit) <= 0)
            && !(min.isDefined() && max.isDefined() && min.get().compareTo(max.get()) > 0);
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }

    /** Counted in code points. */
    @Override
    public Option<Tuple2<Problem, String>> refuse(String value) {
      BigInteger length = BigInteger.valueOf(value.codePointCount(0, value.length()));
      if (min().exists(m -> length.compareTo(m) < 0)) {
        return Option.some(Tuple.of(Problem.TOO_SHORT, minLength.get()));
      }
      if (max().exists(m -> length.compareTo(m) > 0)) {
        return Option.some(Tuple.of(Problem.TOO_LONG, maxLength.get()));
      }
      return Option.none();
    }
  }

  /** A Number attribute's {@code MinValue} and {@code MaxValue}, each optional. */
  record Range(Option<String> minValue, Option<String> maxValue) implements Constraints {
    /**
     * @throws NullPointerException if a component is null
     */
    public Range {
      Objects.requireNonNull(minValue, "minValue is null");
      Objects.requireNonNull(maxValue, "maxValue is null");
    }

    /** The minimum, if any, as a number. */
    public Option<BigDecimal> min() {
      return minValue.map(BigDecimal::new);
    }

    /** The maximum, if any, as a number. */
    public Option<BigDecimal> max() {
      return maxValue.map(BigDecimal::new);
    }

    @Override
    public boolean wellFormed() {
      try {
        return !(min().isDefined() && max().isDefined() && min().get().compareTo(max().get()) > 0);
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }

    @Override
    public Option<Tuple2<Problem, String>> refuse(String value) {
      BigDecimal number;
      try {
        number = new BigDecimal(value.trim());
      } catch (NumberFormatException notANumber) {
        return Option.some(Tuple.of(Problem.NOT_A_NUMBER, ""));
      }
      if (min().exists(m -> number.compareTo(m) < 0)) {
        return Option.some(Tuple.of(Problem.TOO_SMALL, minValue.get()));
      }
      if (max().exists(m -> number.compareTo(m) > 0)) {
        return Option.some(Tuple.of(Problem.TOO_LARGE, maxValue.get()));
      }
      return Option.none();
    }
  }
}
