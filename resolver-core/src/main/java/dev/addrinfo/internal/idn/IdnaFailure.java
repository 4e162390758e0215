package dev.addrinfo.internal.idn;

/** Why a name cannot be converted; thrown inside this package only, without a stack trace. */
final class IdnaFailure extends Exception {
  private static final long serialVersionUID = 1L;

  IdnaFailure(String reason) {
    super(reason, null, false, false);
  }
}
