package dev.addrinfo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.SystemFiles;
import dev.addrinfo.internal.config.HostsFile;
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.testing.FakeClock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemStateTest {
  @TempDir
  Path dir;

  @Test
  void aFileThatExistsButCannotBeReadIsReportedWithTheOtherProblemsAndReadAsMissing() throws Exception {
    Path hosts = Files.createDirectory(dir.resolve("hosts")); // reading a directory fails: EISDIR
    Files.writeString(dir.resolve("services"), "bad line\n");
    List<LineProblem> problems = new ArrayList<>();
    SystemFiles files = SystemFiles.ETC.withHosts(hosts).withServices(dir.resolve("services"))
        .withHostConf(dir.resolve("none")).withResolvConf(dir.resolve("none")).withNsswitchConf(dir.resolve("none"))
        .withGaiConf(dir.resolve("none"));
    EngineSettings settings = EngineSettings.system().withFiles(files).withProblems(problems::add)
        .withSystem(EngineSettings.system().interfaces(), EngineSettings.system().sourceAddresses(),
            EngineSettings.system().scopes(), new FakeClock());
    SystemState state = new SystemState(settings);
    assertEquals(HostsFile.EMPTY, state.snapshot().hosts());
    assertEquals(List.of(
        new LineProblem(dir.resolve("services").toString(), 1, "bad line", "expected port/protocol, found 'line'"),
        new LineProblem(hosts.toString(), 0, "", "cannot be read (Is a directory); read as a missing file")),
        problems);
  }

  @Test
  void theReasonIsStrerrorsWordsWhereTheJdkGivesThem() {
    assertEquals("cannot be read (Permission denied); read as a missing file",
        SystemState.unreadable(new AccessDeniedException("/etc/x")));
    assertEquals("cannot be read (Is a directory); read as a missing file",
        SystemState.unreadable(new FileSystemException("/etc/x", null, "Is a directory")));
  }

  @Test
  void aWholeFileProblemPrintsWithoutALineNumber() {
    assertEquals("/etc/hosts: cannot be read", new LineProblem("/etc/hosts", 0, "", "cannot be read").toString());
    assertEquals("/etc/hosts:3: bad: x", new LineProblem("/etc/hosts", 3, "x", "bad").toString());
  }
}
