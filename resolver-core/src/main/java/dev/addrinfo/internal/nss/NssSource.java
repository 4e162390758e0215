package dev.addrinfo.internal.nss;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One source on the nsswitch.conf {@code hosts:} line with its actions for every status.
 * Unknown source names (mdns4_minimal, resolve, myhostname, a typo) are kept as written; the engine
 * skips them, which is what glibc does with a module it cannot load (status UNAVAIL, whose
 * default action is continue).
 *
 * @param name the source as written, case kept (glibc loads modules by exact name)
 * @param actions the action for each of the four statuses (all four present)
 */
public record NssSource(String name, Map<NssStatus, NssAction> actions) {
  public NssSource {
    Objects.requireNonNull(name, "name");
    EnumMap<NssStatus, NssAction> all = defaults();
    all.putAll(actions);
    actions = Map.copyOf(all);
  }

  /** A source with glibc's default actions: return on SUCCESS, continue otherwise. */
  public static NssSource of(String name) {
    return new NssSource(name, Map.of());
  }

  static EnumMap<NssStatus, NssAction> defaults() {
    EnumMap<NssStatus, NssAction> actions = new EnumMap<>(NssStatus.class);
    for (NssStatus s : NssStatus.values()) {
      actions.put(s, NssAction.CONTINUE);
    }
    actions.put(NssStatus.SUCCESS, NssAction.RETURN);
    return actions;
  }

  public NssAction action(NssStatus status) {
    return actions.get(status);
  }
}
