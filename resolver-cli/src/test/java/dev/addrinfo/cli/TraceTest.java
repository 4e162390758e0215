package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.spi.RecordType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TraceTest {
  private static QueryTrace trace(String server, int port, String transport, int rcode, int answers, boolean tc,
      Duration rtt, String outcome) throws Exception {
    return new QueryTrace(new DnsQuestion("www.example.com.", RecordType.AAAA),
        new InetSocketAddress(InetAddress.getByName(server), port), transport, 4660, rcode, answers, tc, rtt, outcome);
  }

  @Test
  void everyExchangeIsOneLineOnStderr() throws Exception {
    FakeResolver fake = new FakeResolver();
    fake.traces.add(trace("127.0.0.1", 53, "udp", 0, 0, true, Duration.ofNanos(812_000), "ok"));
    fake.traces.add(trace("::1", 5353, "tcp", 0, 2, false, Duration.ofMillis(3), "ok"));
    fake.traces.add(trace("127.0.0.1", 53, "udp", -1, 0, false, Duration.ofSeconds(5), "timeout"));
    CliRun run = CliRun.run(fake, "--trace", "www.example.com");
    assertEquals(0, run.exit, run::toString);
    assertEquals(""
        + ";; 127.0.0.1:53 udp id=4660 www.example.com. AAAA NOERROR answers=0 truncated rtt=0.812ms ok\n"
        + ";; [::1]:5353 tcp id=4660 www.example.com. AAAA NOERROR answers=2 rtt=3.000ms ok\n"
        + ";; 127.0.0.1:53 udp id=4660 www.example.com. AAAA no-answer answers=0 rtt=5000.000ms timeout\n", run.err);
  }

  @Test
  void rcodesArePrintedByName() throws Exception {
    assertEquals(";; 127.0.0.1:53 udp id=4660 www.example.com. AAAA NXDOMAIN answers=0 rtt=1.000ms ok",
        TraceLine.format(trace("127.0.0.1", 53, "udp", 3, 0, false, Duration.ofMillis(1), "ok")));
    assertEquals(";; 127.0.0.1:53 udp id=4660 www.example.com. AAAA RCODE9 answers=0 rtt=1.000ms ok",
        TraceLine.format(trace("127.0.0.1", 53, "udp", 9, 0, false, Duration.ofMillis(1), "ok")));
  }

  @Test
  void withoutTraceNothingIsPrinted() throws Exception {
    FakeResolver fake = new FakeResolver();
    fake.traces.add(trace("127.0.0.1", 53, "udp", 0, 1, false, Duration.ofMillis(1), "ok"));
    assertEquals("", CliRun.run(fake, "www.example.com").err);
  }

  @Test
  void underJsonEachExchangeIsAJsonObjectOnStdout() throws Exception {
    FakeResolver fake = new FakeResolver();
    fake.traces.add(trace("::1", 5353, "tcp", 0, 2, false, Duration.ofNanos(1_250_400), "ok"));
    fake.traces.add(trace("127.0.0.1", 53, "udp", -1, 0, true, Duration.ofSeconds(5), "timeout"));
    CliRun run = CliRun.run(fake, "--json", "--trace", "www.example.com");
    assertEquals(""
        + "{\"trace\":{\"server\":\"::1\",\"port\":5353,\"transport\":\"tcp\",\"id\":4660,\"name\":\"www.example.com.\","
        + "\"type\":\"AAAA\",\"rcode\":\"NOERROR\",\"answers\":2,\"truncated\":false,\"rtt_ms\":1.250,\"outcome\":\"ok\"}}\n"
        + "{\"trace\":{\"server\":\"127.0.0.1\",\"port\":53,\"transport\":\"udp\",\"id\":4660,\"name\":\"www.example.com.\","
        + "\"type\":\"AAAA\",\"rcode\":null,\"answers\":0,\"truncated\":true,\"rtt_ms\":5000.000,\"outcome\":\"timeout\"}}\n",
        run.out);
    assertEquals("", run.err);
  }
}
