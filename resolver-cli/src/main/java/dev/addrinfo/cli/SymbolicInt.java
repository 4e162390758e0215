package dev.addrinfo.cli;

import dev.addrinfo.Linux;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values that are a name or a raw number: {@code --family=inet6}, {@code --family=10},
 * {@code --flags=0x400}. Raw numbers are passed through unchecked so that a bad value reaches the
 * resolver and gets glibc's error code (EAI_FAMILY, EAI_SOCKTYPE, EAI_BADFLAGS), not a usage error.
 */
final class SymbolicInt {
  private SymbolicInt() {}

  /** A decimal number (negative allowed) or {@code 0x} hex up to 32 bits; null when it is neither. */
  static Integer parseNumber(String text) {
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return Integer.parseUnsignedInt(text.substring(2), 16);
      }
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static int parse(String text, Map<String, Integer> names, String expected) {
    Integer named = names.get(text.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    Integer number = parseNumber(text);
    if (number == null) {
      throw new TypeConversionException("'" + text + "' is not " + expected);
    }
    return number;
  }

  /** {@code --family}: inet, inet6, unspec or a raw AF_ number. */
  static final class Family implements ITypeConverter<Integer> {
    private static final Map<String, Integer> NAMES = Map.of(
        "unspec", Linux.AF_UNSPEC, "inet", Linux.AF_INET, "inet6", Linux.AF_INET6);

    @Override
    public Integer convert(String value) {
      return parse(value, NAMES, "inet, inet6, unspec or a number");
    }
  }

  /** {@code --socktype}: stream, dgram, raw or a raw SOCK_ number. */
  static final class SocketType implements ITypeConverter<Integer> {
    private static final Map<String, Integer> NAMES = Map.of(
        "stream", Linux.SOCK_STREAM, "dgram", Linux.SOCK_DGRAM, "raw", Linux.SOCK_RAW);

    @Override
    public Integer convert(String value) {
      return parse(value, NAMES, "stream, dgram, raw or a number");
    }
  }

  /** {@code --protocol}: tcp, udp or a raw IPPROTO_ number. */
  static final class Protocol implements ITypeConverter<Integer> {
    private static final Map<String, Integer> NAMES = Map.of(
        "tcp", Linux.IPPROTO_TCP, "udp", Linux.IPPROTO_UDP);

    @Override
    public Integer convert(String value) {
      return parse(value, NAMES, "tcp, udp or a number");
    }
  }

  /** {@code --flags}: raw AI_ bits, decimal or hex. */
  static final class Flags implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return parse(value, Map.of(), "a number (decimal or 0x hex)");
    }
  }
}
