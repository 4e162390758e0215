package dev.addrinfo.internal.nss;

import static dev.addrinfo.internal.nss.NssAction.CONTINUE;
import static dev.addrinfo.internal.nss.NssAction.MERGE;
import static dev.addrinfo.internal.nss.NssAction.RETURN;
import static dev.addrinfo.internal.nss.NssStatus.NOTFOUND;
import static dev.addrinfo.internal.nss.NssStatus.SUCCESS;
import static dev.addrinfo.internal.nss.NssStatus.TRYAGAIN;
import static dev.addrinfo.internal.nss.NssStatus.UNAVAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.services.LineProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each behaviour was checked with glibc 2.36's getaddrinfo and a bind-mounted /etc/nsswitch.conf. */
class NsSwitchConfTest {
  private final List<LineProblem> problems = new ArrayList<>();

  private NsSwitchConf parse(String text) {
    return NsSwitchConf.parse(text, "nsswitch.conf", problems::add);
  }

  private static List<String> names(NsSwitchConf conf) {
    return conf.hosts().stream().map(NssSource::name).toList();
  }

  @Test
  void defaultIsDnsUnlessUnavailThenFiles() {
    NsSwitchConf d = NsSwitchConf.DEFAULT;
    assertEquals(List.of("dns", "files"), names(d));
    assertEquals(Map.of(SUCCESS, RETURN, NOTFOUND, RETURN, UNAVAIL, CONTINUE, TRYAGAIN, RETURN),
        d.hosts().get(0).actions());
    assertEquals(d, parse("dns [!UNAVAIL=return] files\n"));
    assertEquals(d, parse("hosts: dns [!UNAVAIL=return] files\n"));
  }

  @Test
  void missingFileOrMissingHostsLineGivesTheDefault() {
    assertSame(NsSwitchConf.DEFAULT, parse(null));
    assertSame(NsSwitchConf.DEFAULT, parse("passwd: files\ngroup: files\n"));
    assertSame(NsSwitchConf.DEFAULT, parse("Hosts: files\n"));
    assertSame(NsSwitchConf.DEFAULT, parse("#hosts: files\n"));
  }

  @Test
  void sourcesHaveGlibcsDefaultActions() {
    NsSwitchConf conf = parse("hosts:          files dns\n");
    assertEquals(List.of(NssSource.of("files"), NssSource.of("dns")), conf.hosts());
    assertEquals(RETURN, conf.hosts().get(0).action(SUCCESS));
    assertEquals(CONTINUE, conf.hosts().get(0).action(NOTFOUND));
    assertFalse(conf.rejected());
  }

  @Test
  void nameEndsAtColonOrWhitespaceAndLastHostsLineWins() {
    assertEquals(List.of("files"), names(parse("hosts:files\n")));
    assertEquals(List.of("files"), names(parse("hosts files\n")));
    assertEquals(List.of("files"), names(parse("# x\n   hosts   :   files   \n")));
    assertEquals(List.of("dns"), names(parse("hosts:\t files\nhosts: dns\n")));
  }

  @Test
  void statusAndActionNamesAreCaseInsensitiveWithSpacesAroundEquals() {
    NssSource dns = parse("hosts: dns [unavail = return NOTFOUND=Continue] files\n").hosts().get(0);
    assertEquals(RETURN, dns.action(UNAVAIL));
    assertEquals(CONTINUE, dns.action(NOTFOUND));
    assertEquals(RETURN, dns.action(SUCCESS));
    NssSource glued = parse("hosts: files[NOTFOUND=return]dns\n").hosts().get(0);
    assertEquals(RETURN, glued.action(NOTFOUND));
    assertEquals(2, parse("hosts: files[NOTFOUND=return]dns\n").hosts().size());
  }

  @Test
  void negatedItemSetsEveryOtherStatusAndKeepsItsOwn() {
    NssSource s = parse("hosts: dns [!UNAVAIL=merge] files\n").hosts().get(0);
    assertEquals(Map.of(SUCCESS, MERGE, NOTFOUND, MERGE, UNAVAIL, CONTINUE, TRYAGAIN, MERGE), s.actions());
    NssSource kept = parse("hosts: dns [UNAVAIL=return !UNAVAIL=continue] files\n").hosts().get(0);
    assertEquals(RETURN, kept.action(UNAVAIL));
    assertEquals(CONTINUE, kept.action(SUCCESS));
  }

  @Test
  void unknownSourcesAreKeptAsWritten() {
    assertEquals(List.of("mdns4_minimal", "files", "MyHostname"),
        names(parse("hosts: mdns4_minimal [NOTFOUND=return] files MyHostname\n")));
  }

  @Test
  void hashIsNotACommentButASourceName() {
    assertEquals(List.of("#x", "files"), names(parse("hosts: #x files\n")));
    assertEquals(1, problems.size());
  }

  @Test
  void bracketWhereASourceBelongsEndsTheListSilentlyInGlibc() {
    NsSwitchConf conf = parse("hosts: files [NOTFOUND=return] [UNAVAIL=return] dns\n");
    assertEquals(List.of("files"), names(conf));
    assertFalse(conf.rejected());
    assertEquals(1, problems.size());
  }

  @Test
  void syntaxErrorOnAnyKnownDatabaseRejectsTheWholeFile() {
    for (String text : List.of("hosts: files [FOO=return] dns\n", "hosts: files\npasswd: files [x=y]\n",
        "passwd: files [x=y]\nhosts: files\n", "hosts: files []\n", "hosts: files [ ]\n",
        "hosts: files [SUCCESS=return\n", "hosts: files [SUCCESS return]\n", "hosts: files [SUCCESS=stop]\n")) {
      NsSwitchConf conf = parse(text);
      assertTrue(conf.rejected(), text);
      assertEquals(List.of(), conf.hosts(), text);
    }
    assertEquals(8, problems.size());
    assertTrue(problems.get(0).reason().contains("FOO"), problems.get(0).reason());
  }

  @Test
  void syntaxErrorOnAnUnknownDatabaseIsIgnored() {
    NsSwitchConf conf = parse("sudoers: files [x=y]\nhosts: files\n");
    assertEquals(List.of("files"), names(conf));
    assertFalse(conf.rejected());
  }

  @Test
  void emptyHostsLineIsAnEmptyListButAnUnterminatedBareNameIsIgnored() {
    assertEquals(List.of(), parse("hosts:\n").hosts());
    assertEquals(List.of(), parse("hosts\n").hosts());
    assertSame(NsSwitchConf.DEFAULT, parse("hosts"));
  }
}
