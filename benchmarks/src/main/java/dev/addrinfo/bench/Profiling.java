package dev.addrinfo.bench;

import java.io.IOException;
import one.profiler.AsyncProfiler;

/**
 * An async-profiler CPU profile of one stretch of the run (a resolver's measured look-ups, after its
 * warm-up, so the JIT's work is left out), written as a flame graph ({@code .html}) or collapsed
 * stacks (any other name). The profiler's native library comes inside its Maven artifact.
 */
final class Profiling implements AutoCloseable {
  private final AsyncProfiler profiler;
  private final String file;

  private Profiling(AsyncProfiler profiler, String file) {
    this.profiler = profiler;
    this.file = file;
  }

  /** {@code prof.html} for peer {@code netty} is {@code prof-netty.html}. */
  static String fileFor(String base, String peer) {
    int dot = base.lastIndexOf('.');
    String label = peer.replaceAll("[^a-z]", "");
    return dot < 0 ? base + "-" + label : base.substring(0, dot) + "-" + label + base.substring(dot);
  }

  static Profiling start(String file) throws IOException {
    AsyncProfiler p = AsyncProfiler.getInstance();
    // -Dprofile.event=alloc profiles allocations (bytes per allocating stack) instead of CPU;
    // wall samples every thread, waiting or not (one in ten: the interval is per thread).
    String event = System.getProperty("profile.event", "cpu");
    String interval = switch (event) {
      case "cpu" -> ",interval=1ms";
      case "wall" -> ",interval=1ms";
      default -> "";
    };
    p.execute("start,event=" + event + interval);
    return new Profiling(p, file);
  }

  @Override
  public void close() throws IOException {
    String format = file.endsWith(".html") ? "flamegraph" : "collapsed";
    profiler.execute("stop," + format + ",file=" + file);
    System.out.println("  profile of the measured run: " + file);
  }
}
