/** A resolver's lookups, questions and counters as Micrometer meters. */
module dev.addrinfo.micrometer {
  requires transitive dev.addrinfo;
  requires transitive micrometer.core;

  exports dev.addrinfo.micrometer;
}
