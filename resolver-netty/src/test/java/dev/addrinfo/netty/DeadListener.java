package dev.addrinfo.netty;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * An address that never answers a connect, made without root: a listener with a backlog of one
 * that never accepts, filled with connections until one times out. Linux then drops every SYN
 * for it (its accept queue is full), so a client's connect waits until its own timeout, as for a
 * host that drops packets. Closing frees the port and the fillers.
 */
final class DeadListener implements AutoCloseable {
  private static final int PROBE_TIMEOUT_MILLIS = 300;
  private static final int MAX_FILLERS = 16;

  private final ServerSocketChannel listener;
  private final List<Socket> fillers = new ArrayList<>();

  private DeadListener(InetSocketAddress address) throws IOException {
    this.listener = ServerSocketChannel.open();
    try {
      listener.bind(address, 1);
      fill();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Makes {@code address} (port 0 picks one) a listener that never answers again. */
  static DeadListener at(InetSocketAddress address) throws IOException {
    return new DeadListener(address);
  }

  InetSocketAddress address() throws IOException {
    return (InetSocketAddress) listener.getLocalAddress();
  }

  /** Connects until a connect times out: the queue is then full and every later SYN is dropped. */
  private void fill() throws IOException {
    InetSocketAddress target = address();
    for (int i = 0; i < MAX_FILLERS; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(target, PROBE_TIMEOUT_MILLIS);
        fillers.add(filler);
      } catch (SocketTimeoutException e) {
        filler.close();
        return;
      }
    }
    throw new IllegalStateException(MAX_FILLERS + " connections to " + target
        + " were all accepted by the kernel: its listen backlog does not fill up here");
  }

  @Override
  public void close() throws IOException {
    for (Socket s : fillers) {
      s.close();
    }
    listener.close();
  }
}
