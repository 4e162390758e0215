package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.QueryTrace;
import io.netty.buffer.ByteBuf;
import java.time.Duration;
import java.util.function.Consumer;

/** Whether a message answers an exchange, and the trace record of each exchange's end. */
final class ExchangeOutcomes {
  private static final int CLASS_IN = 1;
  private final Consumer<QueryTrace> trace;

  ExchangeOutcomes(TransportContext context) {
    this.trace = context.trace();
  }

  /**
   * Same question: name ignoring ASCII case (compared on the wire, see {@link QuestionMatch}), type,
   * class IN. The one exception is a FORMERR
   * without a question section to a query with an OPT record: servers that do not know EDNS often
   * answer so (glibc's res_send accepts it for the same reason), and all it can cause is a retry
   * without OPT.
   */
  boolean answers(Exchange ex, DecodedMessage m, ByteBuf message) {
    if (m.questionName() == null) {
      return m.rcode() == DnsResponse.FORMERR && ex.query.edns;
    }
    return m.questionClass() == CLASS_IN && m.questionType() == ex.query.question.type().code()
        && QuestionMatch.sameName(message, ex.query.question.name());
  }

  void trace(Exchange ex, int rcode, int answerCount, boolean truncated, String outcome) {
    if (trace == null) {
      return;
    }
    Duration roundTrip = Duration.ofNanos(System.nanoTime() - ex.startNanos);
    try {
      trace.accept(new QueryTrace(ex.query.question, ex.query.server, ex.transport(), ex.id, rcode, answerCount,
          truncated, roundTrip, outcome));
    } catch (RuntimeException e) {
      // A broken trace hook must not break the event loop or leave a query hanging.
    }
  }
}
