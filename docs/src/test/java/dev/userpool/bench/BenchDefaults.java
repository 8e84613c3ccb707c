package dev.userpool.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run settings the benchmarks here share: average time in nanoseconds, two warmup and five measured
 * one-second iterations in one fork (with {@code java.math} open, as the server jar has it, so SRP's table
 * multiplies by the JDK's Montgomery multiplication), state per thread. JMH's run annotations are {@code @Inherited} and it
 * reads each from the closest class that has it, so a benchmark extends this and names only what it
 * changes (for example {@code @OutputTimeUnit(TimeUnit.MICROSECONDS)}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
@State(Scope.Thread)
abstract class BenchDefaults {}
