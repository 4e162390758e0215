package dev.addrinfo.internal.idn;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;

/**
 * glibc 2.36's two IDNA conversions (inet/idna.c), with libidn2 2.3.3 as Debian 12 installs it
 * and a UTF-8 locale: {@link #toAscii} for a host name under AI_IDN, {@link #toUnicode} for the
 * canonical name under AI_CANONIDN and the name getnameinfo finds under NI_IDN.
 *
 * <p>Callers reach this class only when one of those flags is set, so without them nothing of
 * this package is loaded. The first conversion loads the Unicode tables (about 40 KB, a few
 * milliseconds); after that a conversion costs a few microseconds.
 */
public final class Idna {
  private Idna() {}

  /**
   * The name glibc looks up for {@code host} under AI_IDN: the same string when it is all ASCII
   * (unchecked: glibc hands ASCII names to the hosts file and DNS as they are), otherwise the
   * UTS #46 and IDNA 2008 conversion to "xn--" labels.
   *
   * @throws AddrInfoException EAI_IDN_ENCODE when the name cannot be converted, or holds a
   *     backslash beside non-ASCII characters, or is not valid UTF-16
   */
  public static String toAscii(String host) throws AddrInfoException {
    boolean ascii = true;
    boolean backslash = false;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      ascii &= c < 0x80;
      backslash |= c == '\\';
    }
    if (ascii) {
      return host;
    }
    if (backslash) {
      throw failure(host, "a backslash beside non-ASCII characters");
    }
    if (ToUnicode.hasLoneSurrogate(host, 0, host.length())) {
      throw failure(host, "not valid UTF-16");
    }
    try {
      return ToAscii.convert(host);
    } catch (IdnaFailure e) {
      throw failure(host, e.getMessage());
    }
  }

  /**
   * {@code name} with its "xn--" labels decoded to Unicode, or {@code name} itself when it has
   * none or when they do not decode (glibc then keeps the ASCII form).
   */
  public static String toUnicode(String name) {
    if (!ToUnicode.hasAceLabel(name)) {
      return name;
    }
    try {
      return ToUnicode.convert(name);
    } catch (IdnaFailure e) {
      return name;
    }
  }

  private static AddrInfoException failure(String host, String why) {
    return new AddrInfoException(EaiError.EAI_IDN_ENCODE,
        "host '" + host + "' has no IDNA form (as libidn2 2.3.3 converts it): " + why);
  }
}
