package dev.addrinfo.cli;

import java.util.List;

/**
 * What one run asked, for its error message: as typed, for people ({@code nosuch.example smtp}),
 * and as named fields for JSON ({@code "host":"nosuch.example","service":"smtp"}).
 *
 * @param typed the question as typed on the command line
 * @param fields the question's parts in order; a value is a String, an Integer, or null for one not given
 */
record Asked(String typed, List<Field> fields) {
  /** One named part of the question. */
  record Field(String key, Object value) {}

  /** getaddrinfo's host and service, null where not given or '-'. */
  static Asked lookup(String host, String service) {
    String typed = service == null ? host : host + " " + service;
    return new Asked(typed, List.of(new Field("host", ResolveCommand.nullIfDash(host)),
        new Field("service", ResolveCommand.nullIfDash(service))));
  }

  /** getnameinfo's address as typed and its port, null when not given. */
  static Asked reverse(String address, String port, Integer portNumber) {
    String typed = port == null ? address : address + " " + port;
    return new Asked(typed, List.of(new Field("address", address), new Field("port", portNumber)));
  }

  /** A DNS question: the absolute name and the type. */
  static Asked query(String name, String type) {
    return new Asked(name + " " + type, List.of(new Field("name", name), new Field("type", type)));
  }
}
