package dev.addrinfo.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six /etc files that getaddrinfo/getnameinfo read, as one value a test writes and the
 * namespace bind-mounts over the real ones. Every file must be given: a file left to the host
 * would make the result depend on the machine.
 */
public record EtcFiles(Map<String, String> contents) {

  public static final List<String> NAMES =
      List.of("hosts", "host.conf", "resolv.conf", "nsswitch.conf", "gai.conf", "services");

  public EtcFiles {
    contents = Map.copyOf(contents);
    for (String name : NAMES) {
      if (!contents.containsKey(name)) {
        throw new IllegalArgumentException("missing /etc file for the namespace: " + name);
      }
    }
    if (contents.size() != NAMES.size()) {
      throw new IllegalArgumentException("only " + NAMES + " can be replaced, not " + contents.keySet());
    }
  }

  /** Reads {@code dir/hosts}, {@code dir/host.conf}, ... from the test class path. */
  public static EtcFiles fromResources(String dir) {
    Map<String, String> contents = new LinkedHashMap<>();
    for (String name : NAMES) {
      try (InputStream in = Zones.resource(dir + "/" + name)) {
        contents.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + dir + "/" + name, e);
      }
    }
    return new EtcFiles(contents);
  }

  /** Writes every file into {@code dir}, which must exist. */
  void writeTo(Path dir) throws IOException {
    for (Map.Entry<String, String> file : contents.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
  }
}
