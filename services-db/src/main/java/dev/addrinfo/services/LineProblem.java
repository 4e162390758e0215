package dev.addrinfo.services;

/**
 * A line of a configuration file that was skipped because it could not be read, with why. Parsers
 * in this project report these to a {@code Consumer<LineProblem>} the caller passes, and go on with
 * the next line: one bad line never fails a whole file.
 *
 * @param source the file or other source the line came from, as given to the parser
 * @param lineNumber 1-based line number, or 0 when the problem is with the whole file (it exists
 *     but cannot be read)
 * @param line the text of the line, without its line terminator ("" for line 0)
 * @param reason what is wrong with it
 * @since 0.1
 */
public record LineProblem(String source, int lineNumber, String line, String reason) {
  @Override
  public String toString() {
    return lineNumber == 0 ? source + ": " + reason : source + ":" + lineNumber + ": " + reason + ": " + line;
  }
}
