package dev.addrinfo.internal.gai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.EaiError;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.internal.nss.NssStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * glibc 2.36's AF_INET path (try_simple_gethostbyname over gethostbyname2): the error from the last
 * source's status and h_errno. gethostbyname2 returns 0 for "not found", so h_errno alone decides
 * between EAI_NODATA and EAI_NONAME; for TRYAGAIN and UNAVAIL it returns an error number, and then
 * only TRY_AGAIN is EAI_AGAIN and anything else "no data".
 */
class SimplePathErrorTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "NOTFOUND, HOST_NOT_FOUND, EAI_NONAME",
      "NOTFOUND, NO_DATA, EAI_NODATA",
      "NOTFOUND, NO_RECOVERY, EAI_NONAME",
      "NOTFOUND, TRY_AGAIN, EAI_NONAME",
      "TRYAGAIN, TRY_AGAIN, EAI_AGAIN",
      "TRYAGAIN, NO_RECOVERY, EAI_NODATA",
      "UNAVAIL, TRY_AGAIN, EAI_AGAIN",
      "UNAVAIL, HOST_NOT_FOUND, EAI_NODATA",
      "UNAVAIL, NO_RECOVERY, EAI_NODATA"})
  void lastSourceDecides(NssStatus status, String herrno, EaiError expected) throws Exception {
    int h = HostResult.class.getField(herrno).getInt(null);
    assertEquals(expected, NameLookup.simplePathError(HostResult.failed(status, h)));
  }
}
