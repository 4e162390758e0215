package dev.addrinfo.cli;

import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How results are printed: {@code --format=table|getent|json}; {@code --json} is {@code --format=json}. */
enum Format {
  TABLE, GETENT, JSON;

  /**
   * The format asked for by {@code --format} (null when absent) and {@code --json}, or null when
   * they contradict each other.
   */
  static Format choose(Format option, boolean json) {
    if (option == null) {
      return json ? JSON : TABLE;
    }
    return json && option != JSON ? null : option;
  }

  /** A new output in this format; the classes of the other formats (Jackson's too) stay unloaded. */
  Output output(PrintStream out, PrintStream err) {
    switch (this) {
      case JSON: return new JsonOutput(out);
      case GETENT: return new GetentOutput(out, err, new AddressText(Interfaces::name));
      default: return new TableOutput(out, err, new AddressText(Interfaces::name));
    }
  }

  /** {@code --format}'s value, in any case. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : values()) {
        if (f.name().equals(value.toUpperCase(Locale.ROOT))) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "' is not table, getent or json");
    }
  }
}
