package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.Linux;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.Resolver;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's hosts-file cases through the public Resolver ({@code hosts: files}, no DNS). Expected
 * results were measured with this machine's glibc 2.36 (the project's gai.c in a private mount and
 * network namespace with the same hosts file bind-mounted over /etc/hosts).
 */
class HostsCasesTest extends ResolverFaultsSupport {
  private static final String HOSTS = "\ufeff192.0.2.23 bom.test\n"
      + "192.0.2.24 second.test\n"
      + "192.0.2.21 c1.test # comment.test\n"
      + "192.0.2.22 c2.test#glued.test\n"
      + "192.0.2.26 c3.test c3alias.test# c3more.test\n"
      + "127.0.0.256 bad256.test\n"
      + "fe80::1%lo zone.test\n"
      + "fe80::2%1 zone1.test\n"
      + "192.0.2.25 dot.test.\n"
      + "192.0.2.27 nodot.test\n"
      + "192.0.2.30 " + longLine() + "\n"
      + "192.0.2.31 after.long.test\n";

  /** 2,000 names on one line: about 28,000 characters. */
  private static String longLine() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append(i == 0 ? "" : " ").append("a").append(i).append(".long.test");
    }
    return b.toString();
  }

  private Resolver r;

  @BeforeEach
  void filesOnly() {
    etc().nsswitchConf("hosts: files\n").write("hosts", HOSTS.getBytes(StandardCharsets.UTF_8));
    r = resolver("");
  }

  @Test
  void textAfterAHashIsAComment() {
    assertEquals("192.0.2.21", lookup(r, "c1.test"));
    assertEquals("EAI_NONAME", lookup(r, "comment.test"));
    assertEquals("192.0.2.22", lookup(r, "c2.test"));
    assertEquals("EAI_NONAME", lookup(r, "glued.test"));
    assertEquals("EAI_NONAME", lookup(r, "c2.test#glued.test"));
    assertEquals("192.0.2.26", lookup(r, "c3alias.test"));
    assertEquals("EAI_NONAME", lookup(r, "c3more.test"));
  }

  @Test
  void aByteOrderMarkSpoilsTheFirstLineOnly() {
    // glibc reads the BOM as part of the address, which then does not parse
    assertEquals("EAI_NONAME", lookup(r, "bom.test"));
    assertEquals("192.0.2.24", lookup(r, "second.test"));
  }

  @Test
  void aVeryLongLineIsReadWhole() {
    assertEquals("192.0.2.30", lookup(r, "a0.long.test"));
    assertEquals("192.0.2.30", lookup(r, "a1999.long.test"));
    assertEquals("192.0.2.31", lookup(r, "after.long.test"));
  }

  @Test
  void anAddressWithAnOctetOver255SkipsTheLine() {
    assertEquals("EAI_NONAME", lookup(r, "bad256.test"));
  }

  @Test
  void anAddressWithAZoneIdSkipsTheLine() {
    assertEquals("EAI_NONAME", lookup(r, "zone.test"));
    assertEquals("EAI_NONAME", lookup(r, "zone1.test"));
  }

  @Test
  void aTrailingDotIsPartOfTheNameOnBothSides() {
    assertEquals("EAI_NONAME", lookup(r, "dot.test"));
    assertEquals("192.0.2.25", lookup(r, "dot.test."));
    assertEquals("192.0.2.27", lookup(r, "nodot.test"));
    assertEquals("EAI_NONAME", lookup(r, "nodot.test."));
    assertEquals("dot.test.", r.getNameInfo(new java.net.InetSocketAddress("192.0.2.25", 0),
        EnumSet.noneOf(NameInfoFlag.class)).join().host());
  }

  @Test
  void familiesFollowTheAddress() {
    assertEquals("EAI_NONAME", lookup(r, "c1.test", Linux.AF_INET6));
  }
}
