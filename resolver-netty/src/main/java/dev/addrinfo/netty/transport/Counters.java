package dev.addrinfo.netty.transport;

import java.util.concurrent.atomic.LongAdder;

/** The transport's counters; updated from every event loop without a lock. */
final class Counters {
  public final LongAdder sent = new LongAdder();
  public final LongAdder answered = new LongAdder();
  public final LongAdder timeouts = new LongAdder();
  public final LongAdder droppedWrongSource = new LongAdder();
  public final LongAdder droppedWrongId = new LongAdder();
  public final LongAdder droppedWrongQuestion = new LongAdder();
  public final LongAdder droppedMalformed = new LongAdder();
  public final LongAdder tcpFallbacks = new LongAdder();
  public final LongAdder ednsFallbacks = new LongAdder();
  /** DNS 0x20: queries sent with random letter case. */
  public final LongAdder caseRandomized = new LongAdder();
  /** DNS 0x20: answers that changed only the letter case of the question (each also a wrong question). */
  public final LongAdder droppedWrongCase = new LongAdder();
  /** DNS 0x20: times a server was found not to keep case and sent names as given for a while. */
  public final LongAdder caseNotKept = new LongAdder();
}
