package dev.addrinfo.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny DNS client over one UDP datagram, independent of the code under test: used to learn that
 * a {@code named} is up and, in smoke tests, what it answers. Handles only what those need
 * (A, AAAA and SOA questions; A/AAAA answers; compressed owner names skipped, not decoded).
 */
final class DnsProbe {

  static final int TYPE_A = 1;
  static final int TYPE_SOA = 6;
  static final int TYPE_AAAA = 28;

  /** The parts of a response the tests look at; {@code addresses} holds the A/AAAA answers in order. */
  record Answer(int rcode, boolean truncated, int answerCount, List<InetAddress> addresses) {}

  private DnsProbe() {}

  /** Sends one query (no EDNS, recursion not desired) and waits up to {@code timeoutMillis}. */
  static Answer query(InetSocketAddress server, String name, int type, long timeoutMillis)
      throws IOException {
    int id = (int) (System.nanoTime() & 0xffff);
    try (DatagramChannel channel = DatagramChannel.open();
        Selector selector = Selector.open()) {
      channel.connect(server);
      channel.configureBlocking(false);
      channel.register(selector, SelectionKey.OP_READ);
      channel.write(encode(id, name, type));
      ByteBuffer in = ByteBuffer.allocate(65535);
      long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
      while (true) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0 || selector.select(left) == 0) {
          throw new IOException("no answer from " + server + " for " + name + " within "
              + timeoutMillis + " ms");
        }
        selector.selectedKeys().clear();
        in.clear();
        try {
          channel.read(in);
        } catch (java.net.PortUnreachableException e) {
          throw new IOException("nothing listens on " + server, e);
        }
        in.flip();
        if (in.remaining() >= 12 && (in.getShort(0) & 0xffff) == id) {
          return decode(in);
        }
      }
    }
  }

  private static ByteBuffer encode(int id, String name, int type) {
    ByteBuffer out = ByteBuffer.allocate(512);
    out.putShort((short) id).putShort((short) 0).putShort((short) 1).putShort((short) 0)
        .putShort((short) 0).putShort((short) 0);
    for (String label : name.split("\\.")) {
      if (label.isEmpty()) {
        continue;
      }
      byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
      out.put((byte) bytes.length).put(bytes);
    }
    out.put((byte) 0).putShort((short) type).putShort((short) 1);
    return out.flip();
  }

  private static Answer decode(ByteBuffer in) throws IOException {
    int flags = in.getShort(2) & 0xffff;
    int questions = in.getShort(4) & 0xffff;
    int answers = in.getShort(6) & 0xffff;
    in.position(12);
    for (int i = 0; i < questions; i++) {
      skipName(in);
      in.position(in.position() + 4);
    }
    List<InetAddress> addresses = new ArrayList<>();
    for (int i = 0; i < answers; i++) {
      skipName(in);
      int type = in.getShort() & 0xffff;
      in.position(in.position() + 6);
      byte[] rdata = new byte[in.getShort() & 0xffff];
      in.get(rdata);
      if (type == TYPE_A || type == TYPE_AAAA) {
        addresses.add(InetAddress.getByAddress(rdata));
      }
    }
    return new Answer(flags & 0xf, (flags & 0x0200) != 0, answers, List.copyOf(addresses));
  }

  private static void skipName(ByteBuffer in) {
    while (true) {
      int length = in.get() & 0xff;
      if (length == 0) {
        return;
      }
      if ((length & 0xc0) == 0xc0) {
        in.get();
        return;
      }
      in.position(in.position() + length);
    }
  }
}
