package dev.addrinfo.cli;

import picocli.CommandLine.Option;

/** {@code --json}: everything on stdout as JSON objects, one per line. */
final class JsonOption implements SharedOptions {
  @Option(names = "--json", description = "One JSON object per line on stdout, with Linux's numbers; the trace too.")
  boolean json;
}
