package dev.addrinfo.internal.sort;

import java.net.InetAddress;

/** Rule 9 in glibc's two variants; each returns negative when {@code a} wins, 0 on a tie. */
final class CommonPrefix {

  private CommonPrefix() {}

  /**
   * IPv4: the common leading bits of destination and source count only when both are in the same
   * subnet by the source's prefix length; otherwise 0. A prefix length of 0 (source unlisted)
   * makes glibc shift by 32, which x86 (and Java) treat as a shift by 0: a full /32 mask, so only a
   * destination equal to its source scores (32).
   */
  static int ipv4(Candidate a, Candidate b) {
    return Integer.compare(ipv4Bits(b), ipv4Bits(a));
  }

  private static int ipv4Bits(Candidate c) {
    int destination = ipv4(c.destination());
    int source = ipv4(c.source().address());
    int mask = -1 << (32 - c.source().prefixLength());
    return (destination & mask) == (source & mask) ? Integer.numberOfLeadingZeros(destination ^ source) : 0;
  }

  private static int ipv4(InetAddress address) {
    return Bits128.of(address).word(3);
  }

  /**
   * IPv6: glibc finds the first 32-bit word where either destination differs from its source and
   * compares the common leading bits of that one word for both; this ranks like the common prefix
   * lengths, except that two destinations equal to their sources tie.
   */
  static int ipv6(Candidate a, Candidate b) {
    Bits128 aDst = Bits128.of(a.destination());
    Bits128 aSrc = Bits128.of(a.source().address());
    Bits128 bDst = Bits128.of(b.destination());
    Bits128 bSrc = Bits128.of(b.source().address());
    for (int word = 0; word < 4; word++) {
      int aXor = aDst.word(word) ^ aSrc.word(word);
      int bXor = bDst.word(word) ^ bSrc.word(word);
      if (aXor != 0 || bXor != 0) {
        return Integer.compare(Integer.numberOfLeadingZeros(bXor), Integer.numberOfLeadingZeros(aXor));
      }
    }
    return 0;
  }
}
