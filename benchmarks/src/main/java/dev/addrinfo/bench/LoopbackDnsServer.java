package dev.addrinfo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * An in-process UDP name server for the micro-benchmarks: every A question gets 192.0.2.1 and every
 * AAAA question 2001:db8::1, TTL one day; anything else gets NOTIMP. It exists only so that cached
 * look-ups have something to warm from; one daemon thread, loopback only, no TCP.
 */
final class LoopbackDnsServer implements AutoCloseable {
  private static final int TYPE_A = 1;
  private static final int TYPE_AAAA = 28;
  private static final int TTL = 86_400;
  private static final byte[] A_DATA = {(byte) 192, 0, 2, 1};
  private static final byte[] AAAA_DATA = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

  private final DatagramSocket socket;
  private final Thread thread;

  LoopbackDnsServer() {
    try {
      socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    } catch (SocketException e) {
      throw new UncheckedIOException("cannot open a UDP socket on loopback", e);
    }
    thread = new Thread(this::serve, "loopback-dns");
    thread.setDaemon(true);
    thread.start();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  private void serve() {
    byte[] in = new byte[512];
    byte[] out = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket query = new DatagramPacket(in, in.length);
      try {
        socket.receive(query);
        int length = answer(in, query.getLength(), out);
        if (length > 0) {
          socket.send(new DatagramPacket(out, length, query.getSocketAddress()));
        }
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  /** Writes the response to {@code q} into {@code out}; returns its length, 0 to stay silent. */
  static int answer(byte[] q, int length, byte[] out) {
    int end = 12;
    if (length < 17 || (q[2] & 0x80) != 0) {
      return 0;
    }
    while (end < length && q[end] != 0) {
      end += (q[end] & 0xff) + 1;
    }
    end += 5; // root label, type, class
    if (end > length) {
      return 0;
    }
    int type = ((q[end - 4] & 0xff) << 8) | (q[end - 3] & 0xff);
    System.arraycopy(q, 0, out, 0, end);
    out[2] = (byte) (0x84 | (q[2] & 0x01)); // QR, AA, keep RD
    out[3] = 0;
    out[6] = 0;
    out[7] = 0;
    out[8] = 0;
    out[9] = 0;
    out[10] = 0;
    out[11] = 0; // no EDNS echo: the answer stays tiny
    byte[] data = type == TYPE_A ? A_DATA : type == TYPE_AAAA ? AAAA_DATA : null;
    if (data == null) {
      out[3] = 4;
      return end;
    }
    out[7] = 1;
    int p = end;
    out[p++] = (byte) 0xc0;
    out[p++] = 12;
    out[p++] = (byte) (type >> 8);
    out[p++] = (byte) type;
    out[p++] = 0;
    out[p++] = 1;
    out[p++] = (byte) (TTL >>> 24);
    out[p++] = (byte) (TTL >>> 16);
    out[p++] = (byte) (TTL >>> 8);
    out[p++] = (byte) TTL;
    out[p++] = 0;
    out[p++] = (byte) data.length;
    System.arraycopy(data, 0, out, p, data.length);
    return p + data.length;
  }

  @Override
  public void close() {
    socket.close();
  }
}
