package dev.addrinfo.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar manifest's Implementation-Version when there is one. */
final class Version implements IVersionProvider {
  static final String FALLBACK = "0.1.0-SNAPSHOT";

  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"resolve (addrinfo) " + (v == null ? FALLBACK : v)};
  }
}
