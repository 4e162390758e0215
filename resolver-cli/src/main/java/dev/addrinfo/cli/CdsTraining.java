package dev.addrinfo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The build's training run for the class-data-sharing archive: runs the command's common paths in
 * one JVM, so that {@code -XX:DumpLoadedClassList} lists the classes they load, against a
 * throw-away answering service on 127.0.0.1 (no network is used). Not part of the command.
 * Usage: {@code java -XX:DumpLoadedClassList=FILE -cp resolve.jar dev.addrinfo.cli.CdsTraining}.
 */
final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Path dir = Files.createTempDirectory("resolve-training");
    Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n::1 localhost\nnot-an-address x\n");
    Path resolvConf = Files.writeString(dir.resolve("resolv.conf"), "options timeout:2 attempts:1\n");
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      Thread answering = new Thread(() -> answer(socket), "training-dns");
      answering.setDaemon(true);
      answering.start();
      String server = "--nameserver=127.0.0.1:" + socket.getLocalPort();
      String files = "--hosts=" + hosts;
      String conf = "--resolv-conf=" + resolvConf;
      List<String[]> runs = List.of(
          new String[] {"localhost", "smtp"},
          new String[] {files, "localhost", "smtp"},
          new String[] {conf, server, "--canonname", "www.example.test", "https"},
          new String[] {conf, server, "--format=getent", "--canonname", "--addrconfig", "--v4mapped", "example.test"},
          new String[] {conf, server, "--json", "--trace", "example.test", "80"},
          new String[] {conf, server, "--trace", "--timeout=1", "--attempts=1", "nosuch.example.test"},
          new String[] {"reverse", "127.0.0.1", "25"},
          new String[] {"--json", "reverse", conf, server, "192.0.2.1"},
          new String[] {"query", conf, server, "example.test", "SOA"},
          new String[] {"query", conf, server, "--trace", "example.test", "AAAA"},
          new String[] {"query", "--json", conf, server, "1.2.0.192.in-addr.arpa", "PTR"},
          new String[] {"--family=ipx", "localhost"},
          new String[] {"--help"});
      for (String[] run : runs) {
        new ResolveCommand(ResolveCommand::systemResolver, nowhere, nowhere).execute(run);
      }
    } finally {
      for (Path p : List.of(hosts, resolvConf, dir)) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Answers every question with one record of its type (NXDOMAIN for names starting "nosuch"). */
  private static void answer(DatagramSocket socket) {
    byte[] buffer = new byte[512];
    while (true) {
      DatagramPacket query = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(query);
        byte[] reply = reply(buffer, query.getLength());
        socket.send(new DatagramPacket(reply, reply.length, query.getSocketAddress()));
      } catch (SocketException closed) {
        return;
      } catch (IOException | RuntimeException e) {
        // a question this answering service cannot parse goes unanswered
      }
    }
  }

  private static byte[] reply(byte[] query, int length) {
    int end = 12;
    while (query[end] != 0) {
      end += (query[end] & 0xff) + 1;
    }
    int type = ((query[end + 1] & 0xff) << 8) | (query[end + 2] & 0xff);
    boolean nosuch = query[12] >= 6 && new String(query, 13, 6, StandardCharsets.US_ASCII).equals("nosuch");
    byte[] data = switch (type) {
      case 1 -> new byte[] {(byte) 192, 0, 2, 1};
      case 28 -> new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
      case 6 -> new byte[] {2, 'n', 's', 0, 4, 'm', 'a', 'i', 'l', 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4,
          0, 0, 0, 5};
      case 12, 5 -> new byte[] {7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 4, 't', 'e', 's', 't', 0};
      default -> null;
    };
    int questionEnd = end + 5;
    ByteBuffer out = ByteBuffer.allocate(questionEnd + 12 + (data == null ? 0 : data.length));
    out.put(query, 0, 2).put((byte) 0x81).put((byte) (nosuch ? 0x83 : 0x80)).putShort((short) 1)
        .putShort((short) (data == null || nosuch ? 0 : 1)).putShort((short) 0).putShort((short) 0);
    out.put(query, 12, questionEnd - 12);
    if (data != null && !nosuch) {
      out.putShort((short) 0xc00c).putShort((short) type).putShort((short) 1).putInt(300)
          .putShort((short) data.length).put(data);
    }
    return Arrays.copyOf(out.array(), out.position());
  }
}
