package dev.addrinfo.internal.dns;

/**
 * Whether a name may be asked of DNS at all, by glibc's rule (res_hnok, checked against glibc 2.36
 * on this machine): labels of ASCII letters, digits, '-' and '_', none starting with '-', each 1 to
 * 63 bytes, 255 bytes in all on the wire; one trailing dot allowed; "." is the root. Names that fail
 * are "not found" without a query, so a bad name never costs a timeout.
 */
public final class HostNameCheck {
  private static final int MAX_LABEL = 63;
  private static final int MAX_WIRE = 255;

  private HostNameCheck() {}

  public static boolean isValid(String name) {
    if (name.equals(".")) {
      return true;
    }
    int end = name.endsWith(".") ? name.length() - 1 : name.length();
    if (end == 0 || end + 2 > MAX_WIRE) {
      return false;
    }
    int labelStart = 0;
    for (int i = 0; i <= end; i++) {
      if (i == end || name.charAt(i) == '.') {
        int length = i - labelStart;
        if (length == 0 || length > MAX_LABEL || name.charAt(labelStart) == '-') {
          return false;
        }
        labelStart = i + 1;
      } else if (!isHostChar(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }
}
