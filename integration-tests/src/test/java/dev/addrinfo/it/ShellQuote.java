package dev.addrinfo.it;

import java.util.List;
import java.util.stream.Collectors;

/** Quotes words for a POSIX shell script so that every byte reaches the program unchanged. */
final class ShellQuote {

  private ShellQuote() {}

  static String word(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  static String words(List<String> words) {
    return words.stream().map(ShellQuote::word).collect(Collectors.joining(" "));
  }
}
