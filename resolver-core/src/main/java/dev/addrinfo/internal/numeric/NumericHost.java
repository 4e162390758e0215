package dev.addrinfo.internal.numeric;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Linux;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Numeric host addresses exactly as glibc 2.36's getaddrinfo(3) reads them and its inet_ntop(3) and
 * getnameinfo(NI_NUMERICHOST) print them. Never touches DNS or any file: addresses are built with
 * {@code getByAddress}, never {@code InetAddress.getByName}. Parsing a host name that is not numeric
 * returns null after a character or two, allocating nothing and throwing nothing.
 */
public final class NumericHost {
  private NumericHost() {}

  /**
   * inet_aton(3) forms as getaddrinfo accepts them: "a", "a.b", "a.b.c", "a.b.c.d", each part
   * decimal, octal (leading 0) or hex (0x); the last part fills the remaining bytes ("127.1" is
   * 127.0.0.1). Unlike inet_aton itself, which stops at whitespace and ignores the rest
   * ("192.0.2.1 junk"), getaddrinfo takes only the whole text; such text goes to a name lookup.
   *
   * @return the four bytes, or null when the text is not of that form
   */
  public static byte[] parseIpv4(String text) {
    return InetAton.exact(text);
  }

  /**
   * An IPv6 literal with an optional "%scope" (an interface name or a decimal number), resolved as
   * glibc's getaddrinfo does; see {@link Ipv6Literal#scopeId}. Callers that must check the address
   * family before the scope, as getaddrinfo does, use {@link Ipv6Literal} or {@link #toAddress}.
   *
   * @return the address, or null when the text before any '%' is not IPv6 text
   * @throws AddrInfoException EAI_NONAME when the address is IPv6 but the scope is not valid for it
   */
  public static Inet6Address parseIpv6(String text, ScopeIds scopes) throws AddrInfoException {
    Ipv6Literal literal = Ipv6Literal.parse(text);
    return literal == null ? null : literal.toInet6Address(scopes);
  }

  /**
   * The numeric-host step of glibc's getaddrinfo for one host text and the hints' family
   * ({@link Linux#AF_UNSPEC}, {@link Linux#AF_INET} or {@link Linux#AF_INET6}, already validated):
   * IPv4 text gives an {@link Inet4Address}, or with AF_INET6 and AI_V4MAPPED the mapped IPv6
   * address; IPv6 text gives an {@link Inet6Address}, or with AF_INET and an IPv4-mapped address
   * the IPv4 address inside it.
   *
   * @return the address, or null when the text is not numeric (getaddrinfo then looks the name up,
   *     or fails with EAI_NONAME under AI_NUMERICHOST)
   * @throws AddrInfoException EAI_ADDRFAMILY when the address is of the other family, which glibc
   *     checks before the scope; EAI_NONAME when the scope is invalid (no name lookup follows)
   */
  public static InetAddress toAddress(String text, int family, boolean v4Mapped, ScopeIds scopes)
      throws AddrInfoException {
    byte[] v4 = parseIpv4(text);
    if (v4 != null) {
      if (family != Linux.AF_INET6) {
        return inet4(v4);
      }
      if (v4Mapped) {
        return inet6(mapped(v4), 0);
      }
      throw familyMismatch(text, family);
    }
    Ipv6Literal literal = Ipv6Literal.parse(text);
    if (literal == null) {
      return null;
    }
    if (family == Linux.AF_INET && !literal.isV4Mapped()) {
      throw familyMismatch(text, family);
    }
    Inet6Address address = literal.toInet6Address(scopes);
    return family == Linux.AF_INET ? inet4(literal.ipv4Bytes()) : address;
  }

  /** inet_ntop(3) text of an IPv4 or IPv6 address, without any scope suffix. */
  public static String format(InetAddress address) {
    byte[] a = address.getAddress();
    if (a.length == 4) {
      StringBuilder out = new StringBuilder(15);
      AddressFormat.ipv4(a, 0, out);
      return out.toString();
    }
    return AddressFormat.ipv6(a);
  }

  /**
   * getnameinfo(NI_NUMERICHOST) text of an IPv6 address: inet_ntop's text, then, when the scope id
   * is not 0, "%" and the interface name (if_indextoname) for link-local (fe80::/10) and link-local
   * multicast (ffx2::) addresses that have one, else "%" and the scope id in decimal. Node-local
   * multicast (ffx1::) gets the number, although getaddrinfo accepts a name for it.
   */
  public static String formatWithScope(Inet6Address address, ScopeIds scopes) {
    byte[] a = address.getAddress();
    int scopeId = address.getScopeId();
    StringBuilder out = new StringBuilder(40);
    AddressFormat.ipv6(a, out);
    if (scopeId != 0) {
      out.append('%');
      String name = Ipv6Scopes.namesPrintedOnOutput(a) ? scopes.nameOf(scopeId).orElse(null) : null;
      if (name != null) {
        out.append(name);
      } else {
        out.append(Integer.toUnsignedString(scopeId));
      }
    }
    return out.toString();
  }

  /** The address of 4 or 16 bytes, with no host name and no scope; 16 bytes stay IPv6 even when IPv4-mapped. */
  public static InetAddress address(byte[] bytes) {
    try {
      return bytes.length == 4 ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, -1);
    } catch (UnknownHostException e) {
      throw new AssertionError("4 or 16 bytes are always an address", e);
    }
  }

  /** An {@link Inet6Address} that stays IPv6 even when mapped; scope 0 leaves it unscoped. */
  static Inet6Address inet6(byte[] bytes, int scopeId) {
    try {
      return Inet6Address.getByAddress(null, bytes, scopeId == 0 ? -1 : scopeId);
    } catch (UnknownHostException e) {
      throw new AssertionError("16 bytes are always accepted", e);
    }
  }

  private static Inet4Address inet4(byte[] bytes) {
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError("4 bytes are always accepted", e);
    }
  }

  private static byte[] mapped(byte[] v4) {
    byte[] a = new byte[16];
    a[10] = (byte) 0xff;
    a[11] = (byte) 0xff;
    System.arraycopy(v4, 0, a, 12, 4);
    return a;
  }

  private static AddrInfoException familyMismatch(String text, int family) {
    return new AddrInfoException(EaiError.EAI_ADDRFAMILY,
        "host '" + text + "' is not an address of " + Linux.familyName(family));
  }
}
