package dev.addrinfo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many bits an off-path forger must guess to have one forged UDP answer taken by the transport:
 * the 16-bit message ID, the client's source port among the kernel's ephemeral ports (read from
 * {@code /proc/sys/net/ipv4/ip_local_port_range}; Linux's default 32768-60999 is 28,232 ports,
 * 14.8 bits), and with DNS 0x20 ({@code NettyDnsTransport.Builder.randomizeCase}) one bit per ASCII
 * letter of the name, at most 63. The letter bits are measured on the wire by resolver-netty's
 * {@code CaseGuessingTest}; this prints what they come to for typical names.
 *
 * <p>The other way in: a forger who guesses port and ID but not the case makes the try ask again
 * with the name as given, and must then guess port and ID again for that query, within its round
 * trip. Its odds are the square of the odds without 0x20 (twice the bits, in a shorter window).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.addrinfo.bench.ForgeryOdds [name...]}
 */
public final class ForgeryOdds {
  static final int ID_BITS = 16;
  static final int MAX_LETTERS = 63;
  static final int LINUX_DEFAULT_PORTS = 60999 - 32768 + 1;
  static final List<String> TYPICAL = List.of("www.example.com", "example.com", "mail.example.org",
      "7.2.0.192.in-addr.arpa",
      "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
      "a-rather-long-host-name.with.several.labels.example.com");

  private ForgeryOdds() {}

  /** The letters of {@code name} that DNS 0x20 randomizes: ASCII letters, the first 63. */
  static int letters(String name) {
    int n = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        n++;
      }
    }
    return Math.min(n, MAX_LETTERS);
  }

  /** Ephemeral ports in a {@code ip_local_port_range} file ("low high"), or Linux's default without one. */
  static int ephemeralPorts(Path rangeFile) {
    try {
      String[] range = Files.readString(rangeFile).trim().split("\\s+");
      return Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
    } catch (IOException | RuntimeException e) {
      return LINUX_DEFAULT_PORTS;
    }
  }

  /** Bits to guess for one forged answer to a query for {@code name}. */
  static double bits(String name, int ports, boolean randomCase) {
    double base = ID_BITS + Math.log(ports) / Math.log(2);
    return randomCase ? base + letters(name) : base;
  }

  public static void main(String[] args) {
    int ports = ephemeralPorts(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
    List<String> names = args.length > 0 ? List.of(args) : TYPICAL;
    System.out.printf("%d ephemeral ports: ID and port are %.1f bits%n", ports, bits("", ports, false));
    System.out.printf("%-75s %7s %9s %9s%n", "name", "letters", "0x20 off", "0x20 on");
    for (String name : names) {
      System.out.printf("%-75s %7d %9.1f %9.1f%n", name, letters(name), bits(name, ports, false),
          bits(name, ports, true));
    }
    System.out.printf("forcing the re-ask with the name as given: %.1f bits (port and ID twice)%n",
        2 * bits("", ports, false));
  }
}
