package dev.addrinfo.netty.transport;

import java.net.InetSocketAddress;

/**
 * One server's UDP traffic on one event loop: its slots of sockets, the socket of the current loop
 * turn, and how many tries wait on the wire, with a queue for the tries past that window. The
 * window keeps a burst (100,000 lookups at once) from overflowing the server's receive buffer,
 * which would turn the burst into timeouts: a try waits in the queue, its timeout not yet started,
 * until an earlier one ends. It also remembers whether the server keeps the letter case of questions
 * (used only with DNS 0x20). Confined to the loop.
 */
final class ServerLane {
  final InetSocketAddress server;
  final UdpSocket[] slots;
  final CaseMemory caseMemory = new CaseMemory();
  UdpSocket current;
  int onWire;
  private Query firstWaiting;
  private Query lastWaiting;

  ServerLane(InetSocketAddress server, int slots) {
    this.server = server;
    this.slots = new UdpSocket[slots];
  }

  void enqueue(Query query) {
    query.nextWaiting = null;
    if (lastWaiting == null) {
      firstWaiting = query;
    } else {
      lastWaiting.nextWaiting = query;
    }
    lastWaiting = query;
  }

  /** The longest-waiting try, or null. */
  Query dequeue() {
    Query q = firstWaiting;
    if (q != null) {
      firstWaiting = q.nextWaiting;
      if (firstWaiting == null) {
        lastWaiting = null;
      }
      q.nextWaiting = null;
    }
    return q;
  }

  /** Removes every waiting try, for failing them. */
  Query drain() {
    Query q = firstWaiting;
    firstWaiting = null;
    lastWaiting = null;
    return q;
  }
}
