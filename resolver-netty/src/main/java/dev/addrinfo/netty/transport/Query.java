package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.QueryOptions;
import java.net.InetSocketAddress;
import java.util.function.BiConsumer;

/**
 * One try of one question to one server, and the callback that learns how it ended. A try is one or more
 * exchanges in turn (UDP, then TCP after truncation; again without EDNS after FORMERR), never two
 * at once, so the exchange in progress lives here too: its message ID, the socket or connection it
 * waits on, when it was sent, and its place in the shard's {@link Deadlines}. All of that is
 * touched only on the loop of the shard that runs the exchange.
 */
final class Query {
  final DnsQuestion question;
  final InetSocketAddress server;
  final QueryOptions options;
  final long timeoutNanos;
  /** Whether the next exchange carries an OPT record. */
  boolean edns;
  /** Whether a server changed the letter case of this try's question: later exchanges send it as given. */
  boolean caseNotKept;

  /** The socket or connection the current exchange waits on; null between exchanges. */
  ExchangeHost host;
  int id;
  /** The {@link QuestionCase} bits of the current exchange; 0 when the name went as given. */
  long caseBits;
  boolean tcp;
  /** Whether the current exchange's message has been handed to its socket, and when. */
  boolean sent;
  long sentNanos;

  // Deadlines' intrusive list, and the server's queue of tries waiting for room.
  long deadlineNanos;
  Deadlines.Lane lane;
  Query earlier;
  Query later;
  Query nextWaiting;

  private final BiConsumer<? super DnsResponse, ? super Throwable> done;
  private boolean finished;

  public Query(DnsQuestion question, InetSocketAddress server, QueryOptions options,
      BiConsumer<? super DnsResponse, ? super Throwable> done) {
    this.question = question;
    this.server = server;
    this.options = options;
    this.timeoutNanos = options.timeout().toNanos();
    this.edns = options.edns0();
    this.done = done;
  }

  /** Ends the try with an answer; nothing if it has ended. */
  public void complete(DnsResponse response) {
    end(response, null);
  }

  /** Ends the try with a failure; nothing if it has ended. */
  public void completeExceptionally(Throwable failure) {
    end(null, failure);
  }

  /** Whether the try has ended. */
  public boolean isDone() {
    return finished;
  }

  // Called on the shard's loop, or on the caller's thread before the query reached a loop: never both.
  private void end(DnsResponse response, Throwable failure) {
    if (finished) {
      return;
    }
    finished = true;
    try {
      done.accept(response, failure);
    } catch (RuntimeException | Error e) {
      // The caller's callback is the caller's; it must not break the event loop.
    }
  }

  String transport() {
    return tcp ? "tcp" : "udp";
  }

  String describeServer() {
    return Servers.describe(server);
  }

  @Override
  public String toString() {
    return "Query[" + question.name() + " " + question.type() + " to " + describeServer() + "]";
  }
}
