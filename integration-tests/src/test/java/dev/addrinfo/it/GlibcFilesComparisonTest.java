package dev.addrinfo.it;

import org.junit.jupiter.api.Test;

/**
 * The resolve command answers every case in compare/files-cases.txt exactly as glibc does, with
 * only the /etc files of compare/files-etc/ (hosts, services, ...; no DNS).
 */
class GlibcFilesComparisonTest {

  @Test
  void everyFileOnlyCaseMatchesGlibc() {
    GlibcComparison.assertSameAsGlibc("compare/files-cases.txt", "compare/files-etc", false,
        Side.fromSystemProperty(), 35);
  }
}
