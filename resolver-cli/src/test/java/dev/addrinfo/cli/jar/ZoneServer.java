package dev.addrinfo.cli.jar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DNS server on 127.0.0.1 (UDP, an ephemeral port) for the built-jar tests, answering from a
 * script of records: the answer section for a name and type is every record scripted for it, in
 * order (CNAME chains are scripted whole); a name with records of other types gets NOERROR with
 * none, an unknown name NXDOMAIN, a name given an rcode that rcode; {@link #silent()} drops every
 * query. Messages are written here byte by byte, independently of the Netty codec under test.
 * It records every question it reads. Adapted from resolver-netty's ScriptedDnsServer for a test
 * that needs no Netty.
 */
final class ZoneServer implements AutoCloseable {
  static final int A = 1;
  static final int CNAME = 5;
  static final int SOA = 6;
  static final int PTR = 12;
  static final int AAAA = 28;

  /** One question as read: the name as sent and its type. */
  record Question(String name, int type) {}

  private record Rr(String owner, int type, long ttl, byte[] data) {}

  private final DatagramSocket socket;
  private final Map<String, List<Rr>> answers = new ConcurrentHashMap<>();
  private final Map<String, Integer> rcodes = new ConcurrentHashMap<>();
  private final List<Question> questions = new CopyOnWriteArrayList<>();
  private volatile boolean silent;

  ZoneServer() throws SocketException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread t = new Thread(this::serve, "zone-server-" + socket.getLocalPort());
    t.setDaemon(true);
    t.start();
  }

  /** {@code 127.0.0.1:PORT}, for {@code --nameserver}. */
  String address() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  List<Question> questions() {
    return questions;
  }

  /** Stops answering: every query goes unanswered. */
  ZoneServer silent() {
    silent = true;
    return this;
  }

  /** Answers {@code name}'s questions, whatever their type, with this rcode and no records. */
  ZoneServer rcode(String name, int rcode) {
    rcodes.put(key(name), rcode);
    return this;
  }

  /** Adds a record to the answer for (questionName, questionType); owner may differ (after a CNAME). */
  ZoneServer answer(String questionName, int questionType, String owner, int type, long ttl, String data) {
    answers.computeIfAbsent(key(questionName) + " " + questionType, k -> new CopyOnWriteArrayList<>())
        .add(new Rr(owner, type, ttl, rdata(type, data)));
    answers.computeIfAbsent(key(questionName), k -> new CopyOnWriteArrayList<>());
    return this;
  }

  /** A record answering its own name and type. */
  ZoneServer record(String owner, int type, long ttl, String data) {
    return answer(owner, type, owner, type, ttl, data);
  }

  @Override
  public void close() {
    socket.close();
  }

  private static String key(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n : n + ".";
  }

  private void serve() {
    byte[] buffer = new byte[65535];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(p);
        byte[] reply = reply(buffer, p.getLength());
        if (reply != null && !silent) {
          socket.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
        }
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private byte[] reply(byte[] q, int length) {
    StringBuilder name = new StringBuilder();
    int i = 12;
    while (i < length && q[i] != 0) {
      int len = q[i] & 0xff;
      name.append(new String(q, i + 1, len, StandardCharsets.US_ASCII)).append('.');
      i += len + 1;
    }
    if (i + 5 > length) {
      return null;
    }
    int type = ((q[i + 1] & 0xff) << 8) | (q[i + 2] & 0xff);
    String qname = name.length() == 0 ? "." : name.toString();
    questions.add(new Question(qname, type));
    int questionEnd = i + 5;
    Integer rcode = rcodes.get(key(qname));
    List<Rr> records = rcode != null ? List.of() : answers.getOrDefault(key(qname) + " " + type, List.of());
    if (rcode == null) {
      rcode = answers.containsKey(key(qname)) ? 0 : 3;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(q[0]);
    out.write(q[1]);
    out.write(0x81 | (q[2] & 0x01)); // QR, RD as asked
    out.write(0x80 | rcode); // RA
    short16(out, 1);
    short16(out, records.size());
    short16(out, 0);
    short16(out, 0);
    out.write(q, 12, questionEnd - 12);
    for (Rr r : records) {
      out.writeBytes(name(r.owner()));
      short16(out, r.type());
      short16(out, 1);
      out.writeBytes(new byte[] {(byte) (r.ttl() >> 24), (byte) (r.ttl() >> 16), (byte) (r.ttl() >> 8), (byte) r.ttl()});
      short16(out, r.data().length);
      out.writeBytes(r.data());
    }
    return out.toByteArray();
  }

  private static byte[] rdata(int type, String data) {
    try {
      switch (type) {
        case A:
        case AAAA:
          byte[] b = InetAddress.getByName(data).getAddress();
          if (type == AAAA && b.length == 4) { // the JDK's view of ::ffff:a.b.c.d
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(b, 0, mapped, 12, 4);
            return mapped;
          }
          return b;
        case CNAME:
        case PTR:
          return name(data);
        case SOA:
          String[] f = data.split(" ");
          ByteArrayOutputStream soa = new ByteArrayOutputStream();
          soa.writeBytes(name(f[0]));
          soa.writeBytes(name(f[1]));
          for (int k = 2; k < 7; k++) {
            long v = Long.parseLong(f[k]);
            soa.writeBytes(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
          }
          return soa.toByteArray();
        default:
          throw new IllegalArgumentException("type " + type);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(data, e);
    }
  }

  private static byte[] name(String name) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (String label : name.split("\\.")) {
      if (!label.isEmpty()) {
        b.write(label.length());
        b.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
      }
    }
    b.write(0);
    return b.toByteArray();
  }

  private static void short16(ByteArrayOutputStream out, int v) {
    out.write(v >> 8);
    out.write(v);
  }

  /** The records of {@link #answers} by question, for failure messages. */
  @Override
  public String toString() {
    List<String> keys = new ArrayList<>(answers.keySet());
    return "ZoneServer" + keys;
  }
}
