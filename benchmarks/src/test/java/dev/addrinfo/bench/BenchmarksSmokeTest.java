package dev.addrinfo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Each benchmark runs one very short iteration in this JVM: setup, its checks and teardown work. */
class BenchmarksSmokeTest {

  static Collection<RunResult> runBriefly(Class<?> benchmark) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(benchmark.getName() + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(30))
        .shouldFailOnError(true)
        .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
        .build();
    return new Runner(options).run();
  }

  @Test
  void everyCachedLookupBenchmarkProducesAScore() throws RunnerException {
    Collection<RunResult> results = runBriefly(CachedLookupBenchmark.class);
    assertEquals(4, results.size());
    results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
  }

  @Test
  void everyIdnLookupBenchmarkProducesAScore() throws RunnerException {
    Collection<RunResult> results = runBriefly(IdnLookupBenchmark.class);
    assertEquals(4, results.size());
    results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
  }

  @Test
  void everyGetAddrInfoPathBenchmarkProducesAScore() throws RunnerException {
    Collection<RunResult> results = runBriefly(GetAddrInfoPathsBenchmark.class);
    assertEquals(4, results.size());
    results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
  }

  @Test
  void everySortBenchmarkProducesAScore() throws RunnerException {
    Collection<RunResult> results = runBriefly(SortBenchmark.class);
    assertEquals(3, results.size());
    results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
  }

  @Test
  void everyCodecBenchmarkProducesAScore() throws RunnerException {
    Collection<RunResult> results = runBriefly(dev.addrinfo.netty.transport.CodecBenchmark.class);
    assertEquals(6, results.size());
    results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
  }

  @Test
  void everyCaseRandomizationBenchmarkProducesAScore() throws RunnerException {
    Collection<RunResult> results = runBriefly(dev.addrinfo.netty.transport.CaseRandomizationBenchmark.class);
    assertEquals(4, results.size());
    results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
  }
}
