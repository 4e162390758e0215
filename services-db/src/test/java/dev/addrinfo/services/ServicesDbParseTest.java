package dev.addrinfo.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line format; each expectation was checked with getservent() on glibc 2.36. */
class ServicesDbParseTest {
  private final List<LineProblem> problems = new ArrayList<>();

  private List<ServiceEntry> parse(String text) {
    return ServicesDb.parse(text, "test", problems::add).entries();
  }

  private static ServiceEntry entry(String name, int port, String protocol, String... aliases) {
    return new ServiceEntry(name, port, protocol, List.of(aliases));
  }

  @Test
  void tabsAndSpacesSeparateNamePortProtocolAndAliases() {
    assertEquals(List.of(entry("discard", 9, "tcp", "sink", "null"), entry("echo", 7, "udp")),
        parse("discard\t\t9/tcp\t\tsink null\n  echo  7/udp  \n"));
    assertEquals(List.of(), problems);
  }

  @Test
  void formFeedAndVerticalTabAreWhitespaceLikeCIsspace() {
    assertEquals(List.of(entry("vt", 54, "tcp", "al2")), parse("vt\u000B54/tcp\fal2\n"));
  }

  @Test
  void blankAndCommentLinesAreSkippedQuietly() {
    assertEquals(List.of(entry("ssh", 22, "tcp")), parse("\n# header\n   \n\t# indented\nssh 22/tcp\n\n"));
    assertEquals(List.of(), problems);
  }

  @Test
  void hashStartsACommentAnywhereEvenInsideAWord() {
    assertEquals(List.of(entry("b", 2, "udp"), entry("weird", 45, "tcp", "a"), entry("c", 3, "tcp")),
        parse("b 2/udp#c\nweird 45/tcp a#b c\nc 3/tcp# x 4/tcp\n"));
    assertEquals(List.of(), problems);
  }

  @Test
  void hashInsideTheNameLeavesALineWithoutPortWhichIsReported() {
    assertEquals(List.of(), parse("hash#x 44/tcp\n"));
    assertEquals(1, problems.size());
    assertEquals("hash#x 44/tcp", problems.get(0).line());
  }

  @Test
  void crlfLineEndsReadTheSameAsLf() {
    assertEquals(List.of(entry("crlf", 51, "tcp"), entry("crlf2", 52, "tcp", "al"), entry("last", 53, "udp")),
        parse("crlf 51/tcp\r\ncrlf2 52/tcp al\r\n# c\r\n\r\nlast 53/udp\r\n"));
    assertEquals(List.of(), problems);
  }

  @Test
  void lastLineWithoutNewlineIsRead() {
    assertEquals(List.of(entry("a", 1, "tcp")), parse("a 1/tcp"));
  }

  @Test
  void anyProtocolNameIsKeptAsWrittenIncludingCase() {
    assertEquals(List.of(entry("x", 1, "ddp"), entry("y", 2, "sctp"), entry("UPPER", 39, "TCP"),
        entry("garb2", 37, "tcp/x"), entry("dot", 49, "tcp.x")),
        parse("x 1/ddp\ny 2/sctp\nUPPER 39/TCP\ngarb2 37/tcp/x\ndot 49/tcp.x\n"));
  }

  @Test
  void wordsAfterPortAndProtocolAreAliasesEvenWhenTheyLookLikeGarbage() {
    assertEquals(List.of(entry("garb3", 38, "tcpx", "extra", ",")), parse("garb3 38/tcpx extra ,\n"));
  }

  @Test
  void portZeroIsAPort() {
    assertEquals(List.of(entry("zero", 0, "tcp")), parse("zero 0/tcp\n"));
    assertEquals(List.of(), problems);
  }

  @Test
  void duplicateLinesAreAllKeptInFileOrder() {
    assertEquals(List.of(entry("d", 57, "tcp"), entry("d", 58, "tcp"), entry("d", 57, "tcp")),
        parse("d 57/tcp\nd 58/tcp\nd 57/tcp\n"));
  }

  @Test
  void badLinesAreReportedWithTheirLineNumbersAndTheRestIsRead() {
    String text = "good 1/tcp\n"
        + "nameonly\n"
        + "noslash 35\n"
        + "garbage 36x/tcp\n"
        + "big 65536/tcp\n"
        + "noproto 34/\n"
        + "/tcp\n"
        + "also 2/udp\r\n"
        + "sp 41 /tcp\r\n"
        + "last 3/tcp";
    assertEquals(List.of(entry("good", 1, "tcp"), entry("also", 2, "udp"), entry("last", 3, "tcp")), parse(text));
    assertEquals(List.of(2, 3, 4, 5, 6, 7, 9), problems.stream().map(LineProblem::lineNumber).toList());
    assertEquals("sp 41 /tcp", problems.get(6).line(), "the CR is part of the line end, not the line");
    assertTrue(problems.stream().allMatch(p -> p.source().equals("test")));
  }

  @Test
  void eachProblemNamesTheBadValue() {
    parse("a 36x/tcp\nb 65536/tcp\nc 34/\nd\ne 35\n");
    assertEquals(5, problems.size());
    assertTrue(problems.get(0).reason().contains("'36x'"), problems.get(0).reason());
    assertTrue(problems.get(1).reason().contains("65536"), problems.get(1).reason());
    assertTrue(problems.get(2).reason().contains("34/"), problems.get(2).reason());
    assertTrue(problems.get(3).reason().contains("'d'"), problems.get(3).reason());
    assertTrue(problems.get(4).reason().contains("'35'"), problems.get(4).reason());
  }

  // glibc reads these with strtoul(base 0): +30 -> 30, 031 -> 25 (octal), 0x21 -> 33, 65537 -> 1.
  @Test
  void portsThatGlibcWouldReadAsOctalHexSignedOrWrappedAreRejected() {
    assertEquals(List.of(), parse("plus +30/tcp\nlead 031/tcp\nzz 00/tcp\nhex 0x21/tcp\nneg -32/tcp\n"
        + "big2 65537/tcp\nhuge 99999999999/tcp\n"));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), problems.stream().map(LineProblem::lineNumber).toList());
    assertTrue(problems.get(1).reason().contains("leading zero"), problems.get(1).reason());
  }

  @Test
  void highestPortIsAccepted() {
    assertEquals(List.of(entry("top", 65535, "udp")), parse("top 65535/udp\n"));
  }

  @Test
  void emptyTextGivesAnEmptyDatabase() {
    assertEquals(List.of(), parse(""));
    assertEquals(List.of(), problems);
  }

  @Test
  void pathIsReadAsUtf8AndNamedAsTheSourceOfProblems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.write(file, "utf 46/tcp \u00e9\nbad\n".getBytes(StandardCharsets.UTF_8));
    ServicesDb db = ServicesDb.parse(file, problems::add);
    assertEquals(List.of(entry("utf", 46, "tcp", "\u00e9")), db.entries());
    assertEquals(file.toString(), problems.get(0).source());
    assertEquals(2, problems.get(0).lineNumber());
  }

  @Test
  void malformedUtf8DoesNotFailTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.write(file, new byte[] {'x', ' ', '1', '/', 't', 'c', 'p', ' ', (byte) 0xff, '\n', 'y', ' ', '2', '/', 'u', 'd', 'p'});
    assertEquals(List.of(entry("x", 1, "tcp", "\ufffd"), entry("y", 2, "udp")),
        ServicesDb.parse(file, problems::add).entries());
  }

  @Test
  void missingFileIsAnIoExceptionForTheCallerToHandle(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class,
        () -> ServicesDb.parse(dir.resolve("absent"), problems::add));
  }
}
