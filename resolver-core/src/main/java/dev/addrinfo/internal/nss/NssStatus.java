package dev.addrinfo.internal.nss;

/** The outcome of one nsswitch.conf source, as named in {@code [STATUS=action]} items. */
public enum NssStatus {
  SUCCESS,
  NOTFOUND,
  UNAVAIL,
  TRYAGAIN
}
