package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.numeric.CType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** glibc 2.36's nss_action_parse: {@code (source ("[" ("!"? STATUS "=" ACTION)+ "]")?)*}. */
final class NssActionParser {
  private final String s;
  private final Consumer<String> report;
  private int i;

  private NssActionParser(String s, Consumer<String> report) {
    this.s = s;
    this.report = report;
  }

  /** The sources, or null (after reporting) for a syntax error, which makes glibc reject the file. */
  static List<NssSource> parse(String text, Consumer<String> report) {
    return new NssActionParser(text, report).sources();
  }

  private List<NssSource> sources() {
    List<NssSource> sources = new ArrayList<>();
    while (true) {
      skipSpace();
      if (i == s.length()) {
        return sources;
      }
      int start = i;
      while (i < s.length() && !CType.isSpace(s.charAt(i)) && s.charAt(i) != '[') {
        i++;
      }
      if (i == start) {
        report.accept("'[' where a source name belongs: glibc ignores the rest of the line: " + s.substring(i));
        return sources;
      }
      String name = s.substring(start, i);
      if (name.startsWith("#")) {
        report.accept("glibc has no comments here; '" + name + "' is read as a source name");
      }
      EnumMap<NssStatus, NssAction> actions = NssSource.defaults();
      skipSpace();
      if (i < s.length() && s.charAt(i) == '[') {
        i++;
        if (!criteria(actions)) {
          return null;
        }
      }
      sources.add(new NssSource(name, actions));
    }
  }

  private boolean criteria(EnumMap<NssStatus, NssAction> actions) {
    skipSpace();
    do {
      boolean not = i < s.length() && s.charAt(i) == '!';
      if (not) {
        i++;
      }
      String statusText = word();
      NssStatus status = enumOf(NssStatus.class, statusText);
      if (status == null) {
        return fail("unknown status '" + statusText + "' (SUCCESS, NOTFOUND, UNAVAIL, TRYAGAIN)");
      }
      skipSpace();
      if (i == s.length() || s.charAt(i) != '=') {
        return fail("'=' expected after " + statusText);
      }
      i++;
      skipSpace();
      String actionText = word();
      NssAction action = enumOf(NssAction.class, actionText);
      if (action == null) {
        return fail("unknown action '" + actionText + "' (return, continue, merge)");
      }
      if (not) {
        NssAction kept = actions.get(status);
        actions.replaceAll((k, v) -> action);
        actions.put(status, kept);
      } else {
        actions.put(status, action);
      }
      skipSpace();
    } while (i < s.length() && s.charAt(i) != ']');
    if (i == s.length()) {
      return fail("']' missing");
    }
    i++;
    return true;
  }

  private boolean fail(String why) {
    report.accept(why + "; glibc rejects the whole file and every host lookup fails");
    return false;
  }

  private String word() {
    int start = i;
    while (i < s.length() && !CType.isSpace(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != ']') {
      i++;
    }
    return s.substring(start, i);
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text.toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    return null;
  }

  private void skipSpace() {
    while (i < s.length() && CType.isSpace(s.charAt(i))) {
      i++;
    }
  }
}
