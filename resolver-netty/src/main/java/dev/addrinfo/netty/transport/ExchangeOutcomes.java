package dev.addrinfo.netty.transport;

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
   * Same question: name ignoring ASCII case (compared on the wire, see {@link QuestionMatch}, or, for
   * an exchange sent with random case, already by {@link QuestionCase}: {@code caseEcho}), type,
   * class IN. The exceptions are replies without a question section that can only make the try
   * fail or retry: SERVFAIL, NOTIMP and REFUSED, which glibc takes as the server's failure (and
   * asks the next), and FORMERR to a query with an OPT record, which servers that do not know EDNS
   * often send (glibc accepts it for the same reason) and which causes a retry without OPT.
   */
  boolean answers(Query query, DecodedMessage m, ByteBuf message, int caseEcho) {
    if (m.questionName() == null) {
      int rcode = m.rcode();
      return rcode == DnsResponse.SERVFAIL || rcode == DnsResponse.NOTIMP || rcode == DnsResponse.REFUSED
          || (rcode == DnsResponse.FORMERR && query.edns);
    }
    return m.questionClass() == CLASS_IN && m.questionType() == query.question.type().code()
        && (caseEcho == QuestionCase.UNCHECKED ? QuestionMatch.sameName(message, query.question.name())
            : caseEcho != QuestionCase.OTHER);
  }

  /**
   * Reports the end of {@code query}'s exchange. The round trip runs from the moment its message
   * was handed to the socket to {@code endNanos} (when the answer was read, or the try given up),
   * so it holds neither the socket's opening nor the decoding.
   */
  void trace(Query query, long endNanos, int rcode, int answerCount, boolean truncated, String outcome) {
    Consumer<QueryTrace> perQuery = query.options.trace();
    if (trace == null && perQuery == null) {
      return;
    }
    long start = query.sent ? query.sentNanos : endNanos;
    QueryTrace t = new QueryTrace(query.question, query.server, query.transport(), query.id, rcode, answerCount,
        truncated, Duration.ofNanos(endNanos - start), outcome);
    tell(trace, t);
    tell(perQuery, t);
  }

  private static void tell(Consumer<QueryTrace> hook, QueryTrace t) {
    if (hook == null) {
      return;
    }
    try {
      hook.accept(t);
    } catch (RuntimeException e) {
      // A broken trace hook must not break the event loop or leave a query hanging.
    }
  }
}
