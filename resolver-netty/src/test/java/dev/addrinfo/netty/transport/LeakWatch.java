package dev.addrinfo.netty.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Turns Netty's leak detector to paranoid (every buffer tracked) and collects its reports, which it
 * logs through java.util.logging when no other logging library is on the class path.
 */
final class LeakWatch {
  private static final Logger LOGGER = Logger.getLogger(ResourceLeakDetector.class.getName());
  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getMessage() != null && record.getMessage().contains("LEAK")) {
        leaks.add(record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  LeakWatch() {
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    LOGGER.addHandler(handler);
  }

  /** Collects garbage, then allocates so that the detector reports what it found. */
  List<String> leaks() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      for (int j = 0; j < 100; j++) {
        ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        b.release();
      }
    }
    LOGGER.removeHandler(handler);
    return leaks;
  }
}
