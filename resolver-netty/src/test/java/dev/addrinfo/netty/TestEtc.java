package dev.addrinfo.netty;

import dev.addrinfo.SystemFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The six files a resolver reads, written into a test's directory so that nothing depends on this
 * machine's /etc. Every setter returns this; {@link #files()} writes them.
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
    try {
      Files.writeString(dir.resolve("hosts"), hosts);
      Files.writeString(dir.resolve("host.conf"), "multi on\n");
      Files.writeString(dir.resolve("resolv.conf"), resolvConf);
      Files.writeString(dir.resolve("nsswitch.conf"), nsswitch);
      Files.writeString(dir.resolve("gai.conf"), gaiConf);
      Files.writeString(dir.resolve("services"), "http 80/tcp www\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the test's files in " + dir, e);
    }
    return new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
  }
}
