package dev.addrinfo.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One line of a comparison file: {@code NAME [VAR=value...] ARG...}, where ARG is what follows
 * {@code resolve} on a command line and VAR=value (upper-case VAR, e.g. RES_OPTIONS, LOCALDOMAIN)
 * goes into both sides' environment. Words split on blanks; single quotes keep blanks and allow
 * the empty word {@code ''}. Blank lines and lines starting with {@code #} are skipped.
 */
public record ComparisonCase(String name, Map<String, String> env, List<String> args, String source) {

  private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*=.*");

  public ComparisonCase {
    env = Map.copyOf(env);
    args = List.copyOf(args);
  }

  /** Parses a whole file; {@code sourceName} names it in error messages. */
  public static List<ComparisonCase> parseAll(String text, String sourceName) {
    List<ComparisonCase> cases = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = sourceName + ":" + (i + 1);
      List<String> words = words(line, where);
      Map<String, String> env = new LinkedHashMap<>();
      int next = 1;
      while (next < words.size() && ENV.matcher(words.get(next)).matches()) {
        String[] pair = words.get(next++).split("=", 2);
        env.put(pair[0], pair[1]);
      }
      if (next == words.size()) {
        throw new IllegalArgumentException(where + ": case '" + words.get(0) + "' has no arguments");
      }
      if (cases.stream().anyMatch(c -> c.name().equals(words.get(0)))) {
        throw new IllegalArgumentException(where + ": duplicate case name '" + words.get(0) + "'");
      }
      cases.add(new ComparisonCase(words.get(0), env, words.subList(next, words.size()), where));
    }
    return cases;
  }

  private static List<String> words(String line, String where) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        word = word == null ? new StringBuilder() : word;
      } else if (!quoted && (c == ' ' || c == '\t')) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder().append(c) : word.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(where + ": unterminated quote in: " + line);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  @Override
  public String toString() {
    return name + " (" + source + "): " + (env.isEmpty() ? "" : env + " ") + String.join(" ", args);
  }
}
