package dev.addrinfo.netty;

import dev.addrinfo.SystemFiles;
import dev.addrinfo.testing.support.EtcFiles;
import java.nio.file.Path;

/**
 * The six files a resolver reads, with defaults for these tests (files then DNS, one 5 s try,
 * multi on), written by {@link #files()} into a test's directory so that nothing depends on this
 * machine's /etc.
 */
final class TestEtc {
  /**
   * RFC 6724's default precedences, and 60 for 127.0.0.2 and 55 for 127.0.0.3, so that a name with
   * those and 127.0.0.1 sorts as 127.0.0.2, 127.0.0.3, 127.0.0.1 (rule 6) on any machine.
   */
  static final String LOOPBACKS_FIRST = "precedence ::ffff:127.0.0.2/128 60\n"
      + "precedence ::ffff:127.0.0.3/128 55\n"
      + "precedence ::1/128 50\n"
      + "precedence ::/0 40\n"
      + "precedence ::ffff:0:0/96 35\n"
      + "precedence 2002::/16 30\n";

  private final Path dir;
  private String hosts = "127.0.0.1 localhost\n";
  private String resolvConf = "options timeout:5 attempts:1\n";
  private String nsswitch = "hosts: files dns\n";
  private String gaiConf = "";

  TestEtc(Path dir) {
    this.dir = dir;
  }

  TestEtc hosts(String hosts) {
    this.hosts = hosts;
    return this;
  }

  TestEtc resolvConf(String resolvConf) {
    this.resolvConf = resolvConf;
    return this;
  }

  TestEtc nsswitch(String nsswitch) {
    this.nsswitch = nsswitch;
    return this;
  }

  TestEtc gaiConf(String gaiConf) {
    this.gaiConf = gaiConf;
    return this;
  }

  SystemFiles files() {
    return EtcFiles.in(dir).hosts(hosts).hostConf("multi on\n").resolvConf(resolvConf).nsswitchConf(nsswitch)
        .gaiConf(gaiConf).services("http 80/tcp www\n").files();
  }
}
