package dev.addrinfo.testing.leak;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Netty's leak reports for this JVM, collected rather than logged: installs a leak-detector factory
 * whose detectors keep every report, and sets the level to paranoid (every buffer tracked, with the
 * stack of each touch). Must run before Netty creates its first buffer, since each resource class
 * gets its detector once, when it is loaded; {@link #drain} checks that it did with a canary buffer
 * left unreleased on purpose, whose report must come back.
 */
final class LeakReports {
  private static final String CANARY_HINT = "addrinfo test-support leak canary";
  private static final List<String> REPORTS = new CopyOnWriteArrayList<>();
  private static final AtomicInteger DETECTORS = new AtomicInteger();
  private static volatile boolean canarySeen;
  /** False when the build asked for another level than paranoid (the fuzz runs): nothing is checked. */
  static final boolean ACTIVE;

  static {
    String asked = System.getProperty("io.netty.leakDetection.level");
    ACTIVE = asked == null || asked.equalsIgnoreCase("paranoid");
    if (ACTIVE) {
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
      ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new CollectingFactory());
      // Allocated and dropped: its leak report proves that buffers are tracked by our detectors.
      UnpooledByteBufAllocator.DEFAULT.directBuffer(1).touch(CANARY_HINT);
    }
  }

  private LeakReports() {}

  /** Loads the class, which installs the factory. */
  static void install() {}

  /**
   * Collects garbage and has every detector look at what was collected; returns the reports that
   * came in since the last call (the canary's left out).
   *
   * @param canaryDeadlineNanos how long to keep collecting if the canary has not been seen yet
   */
  static List<String> drain(long canaryDeadlineNanos) throws InterruptedException {
    long deadline = System.nanoTime() + canaryDeadlineNanos;
    do {
      collectOnce();
    } while (!canarySeen && System.nanoTime() < deadline);
    if (!canarySeen) {
      throw new IllegalStateException("Netty's buffers are not tracked by the leak check: something created a "
          + "buffer before NettyLeakCheck was installed (is junit.jupiter.extensions.autodetection.enabled set?)");
    }
    List<String> out = new ArrayList<>(REPORTS);
    REPORTS.removeAll(out);
    return out;
  }

  /**
   * One collection: a weak reference of our own, enqueued once the collector has run and the
   * reference handler has reached it, tells when Netty's references from the same collection have
   * been enqueued too; allocating a buffer then makes the buffer detector poll its queue.
   */
  private static void collectOnce() throws InterruptedException {
    ReferenceQueue<Object> queue = new ReferenceQueue<>();
    WeakReference<Object> marker = new WeakReference<>(new Object(), queue);
    System.gc();
    queue.remove(1000);
    marker.clear();
    for (int i = 0; i < 2; i++) {
      ByteBuf poll = UnpooledByteBufAllocator.DEFAULT.directBuffer(1);
      poll.release();
    }
  }

  static boolean nettyUsed() {
    return ACTIVE && DETECTORS.get() > 0;
  }

  private static void report(String text) {
    if (text.contains(CANARY_HINT)) {
      canarySeen = true;
    } else {
      REPORTS.add(text);
    }
  }

  private static final class CollectingFactory extends ResourceLeakDetectorFactory {
    @Override
    public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
        long maxActive) {
      DETECTORS.incrementAndGet();
      return new CollectingDetector<>(resource, samplingInterval);
    }

    @Override
    public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval) {
      DETECTORS.incrementAndGet();
      return new CollectingDetector<>(resource, samplingInterval);
    }
  }

  private static final class CollectingDetector<T> extends ResourceLeakDetector<T> {
    CollectingDetector(Class<T> resource, int samplingInterval) {
      super(resource, samplingInterval);
    }

    @Override
    protected boolean needReport() {
      return true;
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
      report("LEAK: " + resourceType + ".release() was not called before it was garbage-collected." + records);
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
      report("LEAK: " + resourceType + ".release() was not called before it was garbage-collected"
          + " (no records: the detector was not at paranoid level when it was created).");
    }
  }
}
