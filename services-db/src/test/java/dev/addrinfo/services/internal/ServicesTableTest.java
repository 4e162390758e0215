package dev.addrinfo.services.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServicesTableTest {
  /** Records what the reader passes, as text, in order. */
  private static final class Recorder implements EntrySink {
    final List<String> seen = new ArrayList<>();

    @Override
    public void entry(String name, int port, String protocol, List<String> aliases) {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("name is empty");
      }
      seen.add(name + " " + port + "/" + protocol + " " + aliases);
    }

    @Override
    public void problem(int lineNumber, String line, String reason) {
      seen.add("problem " + lineNumber + " '" + line + "': " + reason);
    }
  }

  private static List<String> read(String text) {
    Recorder recorder = new Recorder();
    ServicesTable.read(text, recorder);
    return recorder.seen;
  }

  @Test
  void rowsBecomeEntriesInOrderWithCommaSeparatedAliases() {
    assertEquals(List.of("discard 9/udp [sink, null]", "ssh 22/tcp []"),
        read("name\tport\tprotocol\taliases\ndiscard\t9\tudp\tsink,null\nssh\t22\ttcp\t\n"));
  }

  @Test
  void aTableWithoutTheHeaderIsOneProblemAndNoEntries() {
    assertEquals(List.of("problem 1 'ssh\t22\ttcp\t': expected the header 'name\\tport\\tprotocol\\taliases'"),
        read("ssh\t22\ttcp\t\n"));
  }

  @Test
  void aRowWithoutFourFieldsIsReportedByItsLineNumber() {
    assertEquals(List.of("problem 2 'ssh\t22\ttcp': expected 4 tab-separated fields, found 3", "echo 7/tcp []"),
        read("name\tport\tprotocol\taliases\nssh\t22\ttcp\necho\t7\ttcp\t\n"));
  }

  @Test
  void aBadPortIsReportedNamingIt() {
    assertEquals(List.of("problem 2 'x\t0x19\ttcp\t': port is not a decimal number: '0x19'"),
        read("name\tport\tprotocol\taliases\nx\t0x19\ttcp\t\n"));
  }

  @Test
  void anEntryTheSinkRefusesIsReportedAndTheNextRowStillRead() {
    assertEquals(List.of("problem 2 '\t1\ttcp\t': name is empty", "echo 7/tcp []"),
        read("name\tport\tprotocol\taliases\n\t1\ttcp\t\necho\t7\ttcp\t\n"));
  }
}
