package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.NetworkInterface;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The JDK-backed lookup agrees with the JDK about loopback and knows nothing of made-up names. */
class SystemScopeIdsTest {

  @Test
  void findsLoopbackByNameAndByIndex() throws Exception {
    NetworkInterface loopback = NetworkInterface.networkInterfaces()
        .filter(nif -> {
          try {
            return nif.isLoopback();
          } catch (java.net.SocketException e) {
            return false;
          }
        })
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
}
