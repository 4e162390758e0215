package dev.addrinfo.internal.numeric;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * An IPv6 literal as getaddrinfo(3) splits it: the address before the first '%', parsed as glibc's
 * inet_pton(AF_INET6) does, and the scope text after it, kept unresolved so that the caller can
 * apply glibc's order of checks (the address family first, the scope after: with AF_INET,
 * "::1%nosuch" fails with EAI_ADDRFAMILY, not EAI_NONAME). Immutable.
 */
public final class Ipv6Literal {
  /** What {@link #scopeId} returns when glibc's __inet6_scopeid_pton rejects the scope. */
  public static final long INVALID_SCOPE = -1;

  private static final long UINT32_MAX = 0xffff_ffffL;
  private static final int IFNAMSIZ = 16;

  private final String text;
  private final byte[] bytes;
  private final String scope;

  private Ipv6Literal(String text, byte[] bytes, String scope) {
    this.text = text;
    this.bytes = bytes;
    this.scope = scope;
  }

  /**
   * Splits and parses {@code text}; never throws and never looks anything up.
   *
   * @return the literal, or null when the part before any '%' is not IPv6 text (every host name)
   */
  public static Ipv6Literal parse(String text) {
    if (text.isEmpty() || !mayStartIpv6(text.charAt(0))) {
      return null;
    }
    int percent = text.indexOf('%');
    byte[] bytes = InetPton.ipv6(text, 0, percent < 0 ? text.length() : percent);
    if (bytes == null) {
      return null;
    }
    return new Ipv6Literal(text, bytes, percent < 0 ? null : text.substring(percent + 1));
  }

  /** A copy of the 16 address bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether the address is IPv4-mapped (::ffff:0:0/96), which AF_INET hints turn into IPv4. */
  public boolean isV4Mapped() {
    return Ipv6Scopes.isV4Mapped(bytes);
  }

  /** The last four bytes, the IPv4 address of a {@link #isV4Mapped() mapped} literal. */
  public byte[] ipv4Bytes() {
    return Arrays.copyOfRange(bytes, 12, 16);
  }

  /** The text after the first '%' (possibly empty), or null when there is none. */
  public String scope() {
    return scope;
  }

  /**
   * The scope id as glibc's getaddrinfo computes it (__inet6_scopeid_pton): 0 without a '%';
   * for link-local (fe80::/10) and node- or link-local multicast (ffx1::, ffx2::) addresses the
   * index of the interface so named, if there is one (read as if_nametoindex(3) reads it: the
   * name ends at a ':', and 16 bytes or more name nothing, so "lo:x" is lo); otherwise the scope
   * read as a decimal number of digits only, leading zeros allowed, at most 4294967295. An interface name is never looked up for
   * other addresses: "::1%lo" fails while "::1%1" is scope 1.
   *
   * @return 0 to 4294967295, or {@link #INVALID_SCOPE}
   */
  public long scopeId(ScopeIds scopes) {
    if (scope == null) {
      return 0;
    }
    String name = Ipv6Scopes.namesResolvedOnInput(bytes) ? interfaceName(scope) : null;
    if (name != null) {
      OptionalInt index = scopes.indexOf(name);
      if (index.isPresent() && index.getAsInt() != 0) {
        return Integer.toUnsignedLong(index.getAsInt());
      }
    }
    return DecimalText.digitsOnly(scope, UINT32_MAX); // its -1 is INVALID_SCOPE
  }

  /**
   * The address with its scope id, as getaddrinfo(AI_NUMERICHOST) returns it.
   *
   * @throws AddrInfoException EAI_NONAME when the scope is invalid, which glibc's getaddrinfo also
   *     returns (without falling back to a name lookup); also for scope ids above 2147483647, which
   *     glibc accepts but {@link Inet6Address} cannot hold
   */
  public Inet6Address toInet6Address(ScopeIds scopes) throws AddrInfoException {
    long id = scopeId(scopes);
    if (id == INVALID_SCOPE) {
      throw new AddrInfoException(EaiError.EAI_NONAME,
          "host '" + this + "': scope '" + scope + "' is neither an interface name for this address nor a number up to 4294967295");
    }
    if (id > Integer.MAX_VALUE) {
      throw new AddrInfoException(EaiError.EAI_NONAME,
          "host '" + this + "': scope id " + id + " is above 2147483647, which java.net.Inet6Address cannot hold");
    }
    return NumericHost.inet6(bytes, (int) id);
  }

  /**
   * The name if_nametoindex(3) asks Linux for: glibc gives up on 16 bytes or more (IFNAMSIZ), and
   * the kernel's SIOCGIFINDEX ignores everything from the first ':' (alias syntax), so "lo:x" is lo.
   *
   * @return the name, or null when no interface can have it
   */
  private static String interfaceName(String scope) {
    if (scope.length() >= IFNAMSIZ || scope.getBytes(StandardCharsets.UTF_8).length >= IFNAMSIZ) {
      return null;
    }
    int colon = scope.indexOf(':');
    String name = colon < 0 ? scope : scope.substring(0, colon);
    return name.isEmpty() ? null : name;
  }

  private static boolean mayStartIpv6(char c) {
    return c == ':' || CType.hexValue(c) >= 0;
  }

  /** The text as it was parsed. */
  @Override
  public String toString() {
    return text;
  }
}
