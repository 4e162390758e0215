package dev.addrinfo.services.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the bundled table, {@code services.tsv} beside this class: a header row
 * {@value #HEADER}, then one entry a row, in look-up order, as four tab-separated fields; the
 * aliases are separated by commas and the field is empty for none. The table is generated (see
 * {@code services-db/src/tables/services/}), so any row that is not exactly that shape is reported
 * rather than guessed at.
 */
public final class ServicesTable {
  /** The resource, relative to this class. */
  public static final String RESOURCE = "services.tsv";

  static final String HEADER = "name\tport\tprotocol\taliases";

  private ServicesTable() {}

  /** Passes each row of {@code text} to {@code sink} as an entry, and each row it cannot read. */
  public static void read(String text, EntrySink sink) {
    String[] rows = text.split("\n", -1);
    if (!rows[0].equals(HEADER)) {
      sink.problem(1, rows[0], "expected the header '" + HEADER.replace("\t", "\\t") + "'");
      return;
    }
    // The text ends with a newline, so the last element is the empty string after it.
    int last = rows[rows.length - 1].isEmpty() ? rows.length - 1 : rows.length;
    for (int i = 1; i < last; i++) {
      try {
        readRow(rows[i], sink);
      } catch (IllegalArgumentException e) {
        sink.problem(i + 1, rows[i], e.getMessage());
      }
    }
  }

  private static void readRow(String row, EntrySink sink) {
    String[] fields = row.split("\t", -1);
    if (fields.length != 4) {
      throw new IllegalArgumentException("expected 4 tab-separated fields, found " + fields.length);
    }
    List<String> aliases = fields[3].isEmpty() ? List.of() : Arrays.asList(fields[3].split(",", -1));
    sink.entry(fields[0], ServicesParser.parsePort(fields[1]), fields[2], aliases);
  }
}
