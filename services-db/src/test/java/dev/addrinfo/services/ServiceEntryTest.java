package dev.addrinfo.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceEntryTest {
  @Test
  void aliasesAreCopiedSoLaterChangesToTheCallersListDoNotShow() {
    List<String> aliases = new ArrayList<>(List.of("mail"));
    ServiceEntry entry = new ServiceEntry("smtp", 25, "tcp", aliases);
    aliases.add("other");
    assertEquals(List.of("mail"), entry.aliases());
    assertThrows(UnsupportedOperationException.class, () -> entry.aliases().add("x"));
  }

  @Test
  void portsFromZeroTo65535AreAccepted() {
    assertEquals(0, new ServiceEntry("zero", 0, "tcp", List.of()).port());
    assertEquals(65535, new ServiceEntry("top", 65535, "udp", List.of()).port());
  }

  @Test
  void portOutsideSixteenBitsIsRejectedNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ServiceEntry("x", 65536, "tcp", List.of()));
    assertTrue(e.getMessage().contains("65536"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ServiceEntry("x", -1, "tcp", List.of()));
  }

  @Test
  void emptyOrSpacedOrCommentedWordsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ServiceEntry("", 1, "tcp", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ServiceEntry("a b", 1, "tcp", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ServiceEntry("a", 1, "", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ServiceEntry("a", 1, "t#cp", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ServiceEntry("a", 1, "tcp", List.of("x\ty")));
    assertThrows(NullPointerException.class, () -> new ServiceEntry(null, 1, "tcp", List.of()));
  }

  @Test
  void toStringReadsLikeAServicesLine() {
    assertEquals("smtp 25/tcp mail", new ServiceEntry("smtp", 25, "tcp", List.of("mail")).toString());
  }
}
