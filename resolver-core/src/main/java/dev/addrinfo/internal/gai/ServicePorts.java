package dev.addrinfo.internal.gai;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.internal.numeric.CType;
import dev.addrinfo.services.ServiceEntry;
import dev.addrinfo.services.ServicesDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service half of getaddrinfo, as glibc does it: the hints pick the first row of
 * {@link TypeProto} that fits (none: EAI_SOCKTYPE, or EAI_SERVICE when only a protocol was
 * given); a number is a port for that row, or for every default row when the hints name neither
 * socket type nor protocol; a name is looked up per row in the services database.
 *
 * <p>Deliberately stricter than glibc: a numeric service above 65535 is EAI_SERVICE, where glibc
 * silently takes it modulo 65536 (so "65561" would be port 25).
 */
final class ServicePorts {
  private static final int MAX_PORT = 65535;

  private ServicePorts() {}

  /**
   * @param service null or empty for port 0, digits for a port, otherwise a service name
   */
  static List<SockSpec> resolve(String service, Hints hints, ServicesDb services) throws AddrInfoException {
    boolean hasService = service != null && !service.isEmpty();
    long number = hasService ? parsePort(service) : 0;
    if (number == NOT_A_NUMBER && (hints.flags() & Linux.AI_NUMERICSERV) != 0) {
      throw new AddrInfoException(EaiError.EAI_NONAME, "service '" + service + "' is not numeric (AI_NUMERICSERV)");
    }
    int st = hints.socketType();
    int proto = hints.protocol();
    TypeProto row = null;
    if (st != 0 || proto != 0) {
      for (TypeProto tp : TypeProto.ALL) {
        if (tp.fits(st, proto)) {
          row = tp;
          break;
        }
      }
      if (row == null) {
        throw st != 0
            ? new AddrInfoException(EaiError.EAI_SOCKTYPE,
                "socket type " + st + " with protocol " + proto)
            : new AddrInfoException(EaiError.EAI_SERVICE, "protocol " + proto);
      }
    }
    if (hasService && row == TypeProto.RAW) {
      throw new AddrInfoException(EaiError.EAI_SERVICE,
          "service '" + service + "' with " + Linux.socketTypeName(st == 0 ? Linux.SOCK_RAW : st));
    }
    if (number == NOT_A_NUMBER) {
      return named(service, row, hints, services);
    }
    if (number > MAX_PORT) {
      throw new AddrInfoException(EaiError.EAI_SERVICE, "port " + service + " out of range 0..65535");
    }
    int port = (int) number;
    if (row != null) {
      int protocol = row.protocolFor(proto);
      return port == 0 && protocol == row.protocol ? row.portZero : List.of(new SockSpec(row.socketType, protocol, port));
    }
    List<SockSpec> out = new ArrayList<>(3);
    for (TypeProto tp : TypeProto.ALL) {
      if (tp.byDefault) {
        out.add(new SockSpec(tp.socketType, tp.protocol, port));
      }
    }
    return out;
  }

  private static List<SockSpec> named(String service, TypeProto row, Hints hints, ServicesDb services)
      throws AddrInfoException {
    if (row != null) {
      Optional<ServiceEntry> e = services.byName(service, row.protocolName);
      if (e.isEmpty()) {
        throw new AddrInfoException(EaiError.EAI_SERVICE, "service '" + service + "/" + row.protocolName + "'");
      }
      return List.of(new SockSpec(row.socketType, row.protocolFor(hints.protocol()), e.get().port()));
    }
    List<SockSpec> out = new ArrayList<>(2);
    for (TypeProto tp : TypeProto.ALL) {
      if (tp.anyProtocol) {
        continue;
      }
      services.byName(service, tp.protocolName)
          .ifPresent(e -> out.add(new SockSpec(tp.socketType, tp.protocol, e.port())));
    }
    if (out.isEmpty()) {
      throw new AddrInfoException(EaiError.EAI_SERVICE, "service '" + service + "'");
    }
    return out;
  }

  static final long NOT_A_NUMBER = -1;

  /**
   * The port as glibc's strtoul(service, &end, 10) reads it when it consumes the whole text:
   * optional leading white space and sign, then decimal digits. A minus sign makes a huge number,
   * as strtoul does, which is out of range here.
   */
  static long parsePort(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && CType.isSpace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    if (i == n) {
      return NOT_A_NUMBER;
    }
    long value = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return NOT_A_NUMBER;
      }
      value = Math.min(value * 10 + (c - '0'), Long.MAX_VALUE / 16);
    }
    return negative && value != 0 ? Long.MAX_VALUE / 16 : value;
  }
}
