package dev.addrinfo.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnsRecordTest {
  private static final DnsRecord.Soa SOA =
      new DnsRecord.Soa("ns1.example.test.", "hostmaster.example.test.", 2024010101, 7200, 3600, 1209600, 60);

  @Test
  void anSoaRecordCarriesItsSevenFields() {
    DnsRecord r = DnsRecord.soa("example.test.", 300, SOA);
    assertEquals(RecordType.SOA, r.type());
    assertEquals(SOA, r.soa());
    assertNull(r.address());
    assertNull(r.target());
  }

  @Test
  void anSoaRecordWithoutFieldsIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new DnsRecord("example.test.", RecordType.SOA, 300, null, null, null));
    assertEquals("fields of an SOA record", e.getMessage());
  }

  @Test
  void theFiveArgumentConstructorMakesRecordsWithoutSoaFields() {
    assertNull(DnsRecord.cname("a.example.test.", 1, "b.example.test.").soa());
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 4294967296L})
  void anSoaNumberOutsideUnsigned32BitsIsRejectedNamingIt(long value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DnsRecord.Soa("ns.", "mail.", value, 1, 1, 1, 1));
    assertTrue(e.getMessage().endsWith(": " + value), e.getMessage());
  }

  @Test
  void theLargestUnsigned32BitSerialIsAccepted() {
    assertEquals(4294967295L, new DnsRecord.Soa("ns.", "mail.", 4294967295L, 0, 0, 0, 0).serial());
  }
}
