package dev.addrinfo.internal.numeric;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Interfaces of a pretend host: lo is 1 and eth0 is 4 as on the reference machine, "9" is 3. */
final class FakeScopeIds implements ScopeIds {
  static final FakeScopeIds HOST = new FakeScopeIds(Map.of("lo", 1, "eth0", 4, "9", 3));

  private final Map<String, Integer> indexes;

  FakeScopeIds(Map<String, Integer> indexes) {
    this.indexes = Map.copyOf(indexes);
  }

  @Override
  public OptionalInt indexOf(String interfaceName) {
    Integer index = indexes.get(interfaceName);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  @Override
  public Optional<String> nameOf(int index) {
    return indexes.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst();
  }
}
