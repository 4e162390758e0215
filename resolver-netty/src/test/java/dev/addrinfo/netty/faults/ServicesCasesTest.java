package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10's services cases through the public Resolver: getaddrinfo("127.0.0.1", service) over a
 * services file of the test's. Expected results were measured with this machine's glibc 2.36 (the
 * project's gai.c in a private mount and network namespace with the same file over /etc/services),
 * except where addrinfo differs on purpose (README, "Where addrinfo differs from glibc").
 */
class ServicesCasesTest extends ResolverFaultsSupport {
  private static final String SERVICES = "svc 1234/tcp alias1 alias2\n"
      + "svc2 2345/tcp # commentalias\n"
      + "svc3 3456/tcp\t  al3 # x\n"
      + "odd 4444/xyz\n"
      + "oddudp 4445/udp\n"
      + "big 70000/tcp\n";

  private Resolver r;

  @BeforeEach
  void servicesFile() {
    etc().services(SERVICES);
    r = resolver("");
  }

  /** The port of the first result, or the EAI code. */
  private String port(String service, int socketType) {
    Hints hints = Hints.builder().family(Linux.AF_INET).socketType(socketType).build();
    try {
      List<AddrInfo> list = r.getAddrInfo("127.0.0.1", service, hints).get(LOOKUP_LIMIT_SECONDS, TimeUnit.SECONDS);
      return Integer.toString(list.get(0).port());
    } catch (ExecutionException e) {
      return code(e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyAliasNamesTheService() {
    assertEquals("1234", port("svc", Linux.SOCK_STREAM));
    assertEquals("1234", port("alias1", Linux.SOCK_STREAM));
    assertEquals("1234", port("alias2", Linux.SOCK_STREAM));
  }

  @Test
  void aCommentEndsTheAliases() {
    assertEquals("EAI_SERVICE", port("commentalias", Linux.SOCK_STREAM));
    assertEquals("3456", port("al3", Linux.SOCK_STREAM));
    assertEquals("EAI_SERVICE", port("x", Linux.SOCK_STREAM));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
      "''|0", "0|0", "-0|0", "-1|EAI_SERVICE", "65535|65535", "' 80'|80", "'80 '|EAI_SERVICE", "+80|80",
      "0x50|EAI_SERVICE"})
  void numericServiceStringsAreReadAsGlibcReadsThem(String service, String expected) {
    assertEquals(expected, port(service, Linux.SOCK_STREAM));
  }

  @Test
  void aPortAbove65535IsRejectedWhereGlibcTakesItModulo65536() {
    // glibc gives port 0 for "65536" and for "4294967296": addrinfo refuses them (README)
    assertEquals("EAI_SERVICE", port("65536", Linux.SOCK_STREAM));
    assertEquals("EAI_SERVICE", port("4294967296", Linux.SOCK_STREAM));
  }

  @Test
  void aPortAbove65535InTheFileSkipsTheLineWhereGlibcTakesItModulo65536() {
    // glibc gives 4464 (70000 - 65536) for "big"
    assertEquals("EAI_SERVICE", port("big", Linux.SOCK_STREAM));
  }

  @Test
  void aServiceOfAnUnknownProtocolIsNoService() {
    assertEquals("EAI_SERVICE", port("odd", Linux.SOCK_STREAM));
    assertEquals("EAI_SERVICE", port("odd", 0));
    assertEquals("EAI_SERVICE", port("oddudp", Linux.SOCK_STREAM));
    assertEquals("4445", port("oddudp", Linux.SOCK_DGRAM));
  }
}
