package dev.addrinfo.internal;

import dev.addrinfo.services.LineProblem;

/** Where bad configuration lines go by default: the platform logger, at WARNING. */
final class ProblemLog {
  private static final System.Logger LOG = System.getLogger("dev.addrinfo.config");

  private ProblemLog() {}

  static void warn(LineProblem p) {
    LOG.log(System.Logger.Level.WARNING, p.toString());
  }
}
