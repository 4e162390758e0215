package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK-backed lookup, with sysfs for the interfaces the JDK does not list. */
class SystemScopeIdsTest {

  @Test
  void findsLoopbackByNameAndByIndex() throws Exception {
    NetworkInterface loopback = NetworkInterface.networkInterfaces()
        .filter(SystemScopeIdsTest::isLoopback)
        .findFirst().orElseThrow();
    assertEquals(OptionalInt.of(loopback.getIndex()), ScopeIds.system().indexOf(loopback.getName()));
    assertEquals(Optional.of(loopback.getName()), ScopeIds.system().nameOf(loopback.getIndex()));
  }

  @Test
  void knowsNoInterfaceForEmptyUnknownOrOverlongNamesAndImpossibleIndexes() {
    assertTrue(ScopeIds.system().indexOf("").isEmpty());
    assertTrue(ScopeIds.system().indexOf("nosuch0").isEmpty());
    assertTrue(ScopeIds.system().indexOf("sixteen-chars-xx").isEmpty());
    assertTrue(ScopeIds.system().nameOf(0).isEmpty());
    assertTrue(ScopeIds.system().nameOf(-1).isEmpty());
    assertTrue(ScopeIds.system().nameOf(Integer.MAX_VALUE).isEmpty());
  }

  /** The JDK lists only interfaces with an address; glibc resolved a down, address-less "ifb0". */
  @Test
  void findsInterfacesWithoutAddressesThroughSysfs(@TempDir Path sys) throws IOException {
    fakeInterface(sys, "ifbtest9", "40000\n");
    SystemScopeIds scopes = new SystemScopeIds(sys);
    assertEquals(OptionalInt.of(40000), scopes.indexOf("ifbtest9"));
    assertEquals(Optional.of("ifbtest9"), scopes.nameOf(40000));
  }

  @Test
  void neverLeavesTheSysfsDirectory(@TempDir Path root) throws IOException {
    Path sys = Files.createDirectories(root.resolve("net"));
    Files.writeString(root.resolve("ifindex"), "40001\n");
    fakeInterface(root, "a", "40002\n");
    SystemScopeIds scopes = new SystemScopeIds(sys);
    assertTrue(scopes.indexOf("..").isEmpty());
    assertTrue(scopes.indexOf("../a").isEmpty());
    assertTrue(scopes.indexOf(".").isEmpty());
  }

  @Test
  void ignoresUnreadableIndexes(@TempDir Path sys) throws IOException {
    fakeInterface(sys, "broken0", "not a number\n");
    Files.createDirectories(sys.resolve("noindex0"));
    SystemScopeIds scopes = new SystemScopeIds(sys);
    assertTrue(scopes.indexOf("broken0").isEmpty());
    assertTrue(scopes.indexOf("noindex0").isEmpty());
    assertTrue(new SystemScopeIds(sys.resolve("missing")).nameOf(40003).isEmpty());
  }

  private static void fakeInterface(Path sys, String name, String ifindex) throws IOException {
    Files.writeString(Files.createDirectories(sys.resolve(name)).resolve("ifindex"), ifindex);
  }

  private static boolean isLoopback(NetworkInterface nif) {
    try {
      return nif.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
