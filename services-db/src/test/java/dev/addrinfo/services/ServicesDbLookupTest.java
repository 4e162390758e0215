package dev.addrinfo.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Look-ups; each expectation was checked with getservbyname()/getservbyport() on glibc 2.36. */
class ServicesDbLookupTest {
  private static final String FILE = String.join("\n",
      "smtp    25/tcp  mail",
      "mail    27/tcp",
      "smtp    26/tcp",
      "x       28/tcp  mail",
      "d       57/tcp",
      "d       57/udp  dee",
      "e       59/udp  d",
      "e       59/sctp",
      "UPPER   39/TCP",
      "");

  private final ServicesDb db = ServicesDb.parse(FILE, "test", p -> {
    throw new AssertionError(p.toString());
  });

  private static Optional<String> described(Optional<ServiceEntry> entry) {
    return entry.map(ServiceEntry::toString);
  }

  @Test
  void nameLooksUpItsPortForTheProtocol() {
    assertEquals(Optional.of("d 57/udp dee"), described(db.byName("d", "udp")));
    assertEquals(Optional.of("d 57/tcp"), described(db.byName("d", "tcp")));
  }

  @Test
  void aliasFindsTheEntryItBelongsTo() {
    assertEquals(Optional.of("d 57/udp dee"), described(db.byName("dee", "udp")));
    assertEquals(Optional.empty(), db.byName("dee", "tcp"));
  }

  @Test
  void duplicateNameAndProtocolWithAnotherPortIsAnsweredByTheFirstLine() {
    assertEquals(25, db.byName("smtp", "tcp").orElseThrow().port());
  }

  @Test
  void aliasEarlierInTheFileWinsOverALaterEntryOfThatName() {
    assertEquals(Optional.of("smtp 25/tcp mail"), described(db.byName("mail", "tcp")));
    assertEquals(Optional.of("smtp 25/tcp mail"), described(db.byName("mail", null)));
  }

  @Test
  void nameEarlierInTheFileWinsOverALaterAliasOfThatName() {
    assertEquals(Optional.of("d 57/tcp"), described(db.byName("d", null)));
    assertEquals(Optional.of("d 57/udp dee"), described(db.byName("d", "udp")), "not e's alias d");
  }

  @Test
  void anyProtocolMeansTheFirstEntryInTheFile() {
    assertEquals(Optional.of("d 57/tcp"), described(db.byName("d", null)));
    assertEquals(Optional.of("e 59/udp d"), described(db.byName("e", null)));
  }

  @Test
  void namesAreCaseSensitiveAsInGlibc() {
    assertEquals(Optional.empty(), db.byName("SMTP", "tcp"));
    assertEquals(Optional.empty(), db.byName("upper", null));
  }

  @Test
  void protocolsAreCaseSensitiveAsInGlibc() {
    assertEquals(Optional.empty(), db.byName("smtp", "TCP"));
    assertEquals(Optional.empty(), db.byName("UPPER", "tcp"));
    assertEquals(Optional.of("UPPER 39/TCP"), described(db.byName("UPPER", "TCP")));
    assertEquals(Optional.empty(), db.byPort(39, "tcp"));
  }

  @Test
  void portLooksUpTheFirstEntryForTheProtocol() {
    assertEquals(Optional.of("d 57/udp dee"), described(db.byPort(57, "udp")));
    assertEquals(Optional.of("d 57/tcp"), described(db.byPort(57, null)));
    assertEquals(Optional.of("e 59/sctp"), described(db.byPort(59, "sctp")));
    assertEquals(Optional.empty(), db.byPort(59, "tcp"));
    assertEquals(Optional.empty(), db.byPort(1, null));
  }

  @Test
  void portOutOfRangeIsAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.byPort(65536, null));
    assertEquals("port out of range 0-65535: 65536", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> db.byPort(-1, "tcp"));
  }

  @Test
  void unknownNameOrProtocolIsEmpty() {
    assertEquals(Optional.empty(), db.byName("nosuch", null));
    assertEquals(Optional.empty(), db.byName("smtp", "udp"));
  }

  @Test
  void protocolsForListsEachProtocolOnceInFileOrderCountingAliases() {
    assertEquals(List.of("tcp", "udp"), db.protocolsFor("d"));
    assertEquals(List.of("udp", "sctp"), db.protocolsFor("e"));
    assertEquals(List.of("tcp"), db.protocolsFor("smtp"));
    assertEquals(List.of("tcp"), db.protocolsFor("mail"));
    assertEquals(List.of(), db.protocolsFor("SMTP"));
  }

  @Test
  void entriesKeepEveryLineInFileOrder() {
    assertEquals(9, db.entries().size());
    assertEquals("smtp 26/tcp", db.entries().get(2).toString());
  }

  @Test
  void emptyDatabaseAnswersNothing() {
    ServicesDb empty = ServicesDb.empty();
    assertEquals(Optional.empty(), empty.byName("smtp", null));
    assertEquals(Optional.empty(), empty.byPort(25, "tcp"));
    assertEquals(List.of(), empty.protocolsFor("smtp"));
    assertEquals(List.of(), empty.entries());
  }
}
