package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.dns.SearchList.Candidate;
import dev.addrinfo.internal.dns.SearchList.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchListTest {
  private static final ResolverConfig SEARCH = ResolverConfig.builder().search(List.of("a.test", "b.test")).build();

  private static List<String> names(String name, ResolverConfig c) {
    return SearchList.candidates(name, c).stream().map(Candidate::fqdn).toList();
  }

  @Test
  void nameWithoutDotsTriesSearchDomainsThenAsGiven() {
    assertEquals(List.of("www.a.test.", "www.b.test.", "www."), names("www", SEARCH));
  }

  @Test
  void nameWithEnoughDotsIsTriedAsGivenFirstAndNotAgain() {
    assertEquals(List.of("www.x.", "www.x.a.test.", "www.x.b.test."), names("www.x", SEARCH));
    assertEquals(Role.FIRST, SearchList.candidates("www.x", SEARCH).get(0).role());
  }

  @Test
  void ndotsRaisesTheThresholdForTryingAsGivenFirst() {
    ResolverConfig c = SEARCH.toBuilder().ndots(2).build();
    assertEquals(List.of("www.x.a.test.", "www.x.b.test.", "www.x."), names("www.x", c));
    assertEquals(Role.LAST, SearchList.candidates("www.x", c).get(2).role());
  }

  @Test
  void trailingDotTriesOnlyTheNameAsGiven() {
    assertEquals(List.of("www.x."), names("www.x.", SEARCH));
    assertEquals(List.of("www."), names("www.", SEARCH));
  }

  @Test
  void noTldQuerySkipsTheBareSingleLabel() {
    ResolverConfig c = SEARCH.toBuilder().noTldQuery(true).build();
    assertEquals(List.of("www.a.test.", "www.b.test."), names("www", c));
  }

  @Test
  void ndotsZeroTriesEvenASingleLabelAsGivenFirst() {
    ResolverConfig c = SEARCH.toBuilder().ndots(0).build();
    assertEquals(List.of("www.", "www.a.test.", "www.b.test."), names("www", c));
  }

  @Test
  void rootInTheSearchListStandsForTheNameAsGiven() {
    ResolverConfig c = ResolverConfig.builder().search(List.of(".", "a.test")).ndots(3).build();
    assertEquals(List.of("www.x.", "www.x.a.test."), names("www.x", c));
  }

  @Test
  void emptySearchListTriesOnlyTheNameAsGiven() {
    assertEquals(List.of("www."), names("www", ResolverConfig.DEFAULT));
  }
}
