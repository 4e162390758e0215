package dev.addrinfo.it;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The resolve command answers every case in compare/files-cases.txt exactly as glibc does, with
 * only the /etc files of compare/files-etc/ (hosts, services, ...; no DNS). One test per case.
 */
class GlibcFilesComparisonTest {

  /** The cases in compare/files-cases.txt: change it with the file, so that no case is lost unnoticed. */
  static final int CASES = 85;

  @TestFactory
  Stream<DynamicTest> everyFileOnlyCaseMatchesGlibc() {
    return GlibcComparison.eachCase("compare/files-cases.txt", CASES, "compare/files-etc",
        NamespaceDns.NONE, Side.fromSystemProperty());
  }
}
