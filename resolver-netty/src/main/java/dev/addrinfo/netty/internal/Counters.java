package dev.addrinfo.netty.internal;

import java.util.concurrent.atomic.LongAdder;

/** The transport's counters; updated from every event loop without a lock. */
public final class Counters {
  public final LongAdder sent = new LongAdder();
  public final LongAdder answered = new LongAdder();
  public final LongAdder timeouts = new LongAdder();
  public final LongAdder droppedWrongSource = new LongAdder();
  public final LongAdder droppedWrongId = new LongAdder();
  public final LongAdder droppedWrongQuestion = new LongAdder();
  public final LongAdder droppedMalformed = new LongAdder();
  public final LongAdder tcpFallbacks = new LongAdder();
  public final LongAdder ednsFallbacks = new LongAdder();
}
