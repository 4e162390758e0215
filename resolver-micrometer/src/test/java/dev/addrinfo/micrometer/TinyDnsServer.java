package dev.addrinfo.micrometer;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DNS server on 127.0.0.1, UDP and TCP on one port, whose replies the test scripts: for each
 * query, the messages to send back, in order (none for a silent server). Plain JDK sockets on
 * daemon threads, so that it shares no code with the transport it talks to.
 */
final class TinyDnsServer implements AutoCloseable {
  static final int A = 1;
  static final int AAAA = 28;
  static final int FORMERR = 1;

  /** One query as the server read it. */
  record Query(String transport, int id, String name, int type, boolean edns) {
    /** An answer with one record of the asked type per address (A or AAAA as the address is). */
    byte[] answer(String... addresses) {
      List<byte[]> data = new ArrayList<>();
      for (String a : addresses) {
        byte[] raw = literal(a);
        if ((raw.length == 4) == (type == A)) {
          data.add(raw);
        }
      }
      return message(id, 0, 0, name, type, data);
    }

    /** An empty answer with the TC bit set. */
    byte[] truncated() {
      return message(id, 0x0200, 0, name, type, List.of());
    }

    byte[] rcode(int rcode) {
      return message(id, 0, rcode, name, type, List.of());
    }

    /** An answer to the same ID about another name. */
    byte[] aboutAnotherName(String other) {
      return message(id, 0, 0, other, type, List.of());
    }

    /** A well-formed answer with another ID. */
    byte[] withAnotherId(String... addresses) {
      byte[] m = answer(addresses);
      int other = (id + 1) & 0xffff;
      m[0] = (byte) (other >> 8);
      m[1] = (byte) other;
      return m;
    }

    /** The first bytes of a good answer: the ID, then too little to read. */
    byte[] cutShort(String... addresses) {
      return Arrays.copyOf(answer(addresses), 14);
    }
  }

  interface Script {
    List<byte[]> replies(Query query);
  }

  private final Script script;
  private final DatagramSocket udp;
  private final ServerSocket tcp;
  private final List<Query> queries = new CopyOnWriteArrayList<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  private TinyDnsServer(Script script, DatagramSocket udp, ServerSocket tcp) {
    this.script = script;
    this.udp = udp;
    this.tcp = tcp;
    start("udp", this::serveUdp);
    start("tcp", this::acceptTcp);
  }

  static TinyDnsServer start(Script script) throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    for (int tries = 0; ; tries++) {
      DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
      try {
        return new TinyDnsServer(script, udp, new ServerSocket(udp.getLocalPort(), 50, loopback));
      } catch (BindException e) {
        udp.close(); // the TCP port of that number is taken: try another
        if (tries == 20) {
          throw e;
        }
      }
    }
  }

  InetSocketAddress address() {
    return (InetSocketAddress) udp.getLocalSocketAddress();
  }

  List<Query> queries() {
    return queries;
  }

  @Override
  public void close() {
    udp.close();
    try {
      tcp.close();
      for (Socket s : connections) {
        s.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      for (Thread t : threads) {
        t.join(5_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void start(String what, Runnable loop) {
    Thread t = new Thread(loop, "tiny-dns-" + what + "-" + udp.getLocalPort());
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  private void serveUdp() {
    byte[] buffer = new byte[65_535];
    try {
      while (true) {
        DatagramPacket p = new DatagramPacket(buffer, buffer.length);
        udp.receive(p);
        Query q = read("udp", Arrays.copyOf(p.getData(), p.getLength()));
        queries.add(q);
        for (byte[] reply : script.replies(q)) {
          udp.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
        }
      }
    } catch (SocketException closed) {
      // close() ends the loop
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void acceptTcp() {
    try {
      while (true) {
        Socket s = tcp.accept();
        connections.add(s);
        start("tcp-connection", () -> serveTcp(s));
      }
    } catch (IOException closed) {
      // close() ends the loop
    }
  }

  private void serveTcp(Socket s) {
    try (s) {
      DataInputStream in = new DataInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        byte[] m = new byte[in.readUnsignedShort()];
        in.readFully(m);
        Query q = read("tcp", m);
        queries.add(q);
        for (byte[] reply : script.replies(q)) {
          out.write(new byte[] {(byte) (reply.length >> 8), (byte) reply.length});
          out.write(reply);
        }
        out.flush();
      }
    } catch (EOFException | SocketException closed) {
      // the client or close() ended the connection
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query read(String transport, byte[] m) {
    int id = u16(m, 0);
    boolean edns = u16(m, 10) > 0; // an additional record in a query is the OPT record
    StringBuilder name = new StringBuilder();
    int at = 12;
    for (int len = m[at] & 0xff; len != 0; len = m[at] & 0xff) {
      name.append(new String(m, at + 1, len, StandardCharsets.US_ASCII)).append('.');
      at += len + 1;
    }
    return new Query(transport, id, name.toString(), u16(m, at + 1), edns);
  }

  private static byte[] message(int id, int flags, int rcode, String name, int type, List<byte[]> data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    put16(out, id);
    put16(out, 0x8000 | 0x0100 | 0x0080 | flags | rcode); // QR, RD, RA
    put16(out, 1);
    put16(out, data.size());
    put16(out, 0);
    put16(out, 0);
    for (String label : name.split("\\.")) {
      out.write(label.length());
      out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
    }
    out.write(0);
    put16(out, type);
    put16(out, 1);
    for (byte[] rdata : data) {
      put16(out, 0xc00c); // the question's name
      put16(out, type);
      put16(out, 1);
      put16(out, 0);
      put16(out, 300);
      put16(out, rdata.length);
      out.writeBytes(rdata);
    }
    return out.toByteArray();
  }

  private static byte[] literal(String address) {
    try {
      return InetAddress.getByName(address).getAddress(); // literals only: no name service asked
    } catch (IOException e) {
      throw new IllegalArgumentException("not an address literal: " + address, e);
    }
  }

  private static int u16(byte[] m, int at) {
    return (m[at] & 0xff) << 8 | m[at + 1] & 0xff;
  }

  private static void put16(ByteArrayOutputStream out, int v) {
    out.write(v >> 8);
    out.write(v);
  }
}
