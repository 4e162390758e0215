package dev.addrinfo.cli;

import java.net.NetworkInterface;
import java.net.SocketException;

/** if_indextoname(3) for printing scope ids. */
final class Interfaces {
  private Interfaces() {}

  /** The name of the interface with this index, or null when there is none. */
  static String name(int index) {
    try {
      NetworkInterface nif = NetworkInterface.getByIndex(index);
      return nif == null ? null : nif.getName();
    } catch (SocketException e) {
      return null;
    }
  }
}
