package dev.addrinfo.internal.idn;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A name to its ASCII form as libidn2 2.3.3's idn2_lookup_u8 does it with glibc's flags (UTS #46
 * non-transitional processing with STD3 rules off, then IDNA 2008 checks and Punycode per label):
 * <ol>
 *   <li>map every code point of the name by UTS #46 (lower case, width and compatibility forms,
 *       U+3002 and the other full stops to '.'), refusing the disallowed ones; normalize to NFC;
 *   <li>check each label by UTS #46 ("xn--" labels decoded first);
 *   <li>copy ASCII labels (at most 63 characters); check every other label by IDNA 2008 and
 *       encode it as "xn--" Punycode, which must decode back to it; decode, check and re-encode
 *       each "xn--" label, which must come out the same up to case;
 *   <li>refuse a result over 253 characters (254 with a final dot).
 * </ol>
 * Costs a few microseconds per name, and loads {@link UnicodeData} on the first call.
 */
final class ToAscii {
  private static final int MAX_NAME = 255;

  private ToAscii() {}

  static String convert(String name) throws IdnaFailure {
    UnicodeData data = UnicodeData.get();
    int[] cps = map(data, name);
    int[] starts = labelStarts(cps);
    for (int l = 0; l < starts.length; l++) {
      int from = starts[l];
      int to = l + 1 < starts.length ? starts[l + 1] - 1 : cps.length;
      if (isAce(cps, from, to)) {
        String punycode = new String(cps, from + 4, to - from - 4);
        LabelRules.checkUts46(data, Punycode.decode(punycode, 0, punycode.length()));
      } else {
        LabelRules.checkUts46(data, Arrays.copyOfRange(cps, from, to));
      }
    }
    StringBuilder out = new StringBuilder(cps.length + 16);
    for (int l = 0; l < starts.length; l++) {
      int from = starts[l];
      boolean last = l + 1 == starts.length;
      int to = last ? cps.length : starts[l + 1] - 1;
      String label = label(data, cps, from, to);
      if (out.length() + label.length() > MAX_NAME - (label.isEmpty() && last ? 1 : 2)) {
        throw new IdnaFailure("longer than 253 characters in ASCII");
      }
      out.append(label);
      if (!last) {
        out.append('.');
      }
    }
    return out.toString();
  }

  /** UTS #46 mapping of the whole name, then NFC. */
  private static int[] map(UnicodeData data, String name) throws IdnaFailure {
    CodePoints mapped = new CodePoints(name.length());
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      switch (data.status(cp)) {
        case UnicodeData.DISALLOWED:
          throw new IdnaFailure(LabelRules.name(cp) + " is disallowed (UTS #46)");
        case UnicodeData.IGNORED:
          break;
        case UnicodeData.MAPPED:
        case UnicodeData.STD3_MAPPED:
          data.appendMapping(cp, mapped);
          break;
        default: // valid, deviation (kept: non-transitional), STD3 valid
          mapped.add(cp);
      }
    }
    if (mapped.size() >= MAX_NAME) {
      throw new IdnaFailure("longer than 254 code points after mapping");
    }
    return Normalizer.normalize(mapped.toString(), Normalizer.Form.NFC).codePoints().toArray();
  }

  /** Where each label starts; a name of n dots has n + 1 labels, some empty. */
  private static int[] labelStarts(int[] cps) {
    int count = 1;
    for (int cp : cps) {
      count += cp == '.' ? 1 : 0;
    }
    int[] starts = new int[count];
    int next = 1;
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] == '.') {
        starts[next++] = i + 1;
      }
    }
    return starts;
  }

  private static boolean isAce(int[] cps, int from, int to) {
    return to - from >= 4 && cps[from] == 'x' && cps[from + 1] == 'n' && cps[from + 2] == '-' && cps[from + 3] == '-';
  }

  /** One label in ASCII: copied, or checked and encoded, or (an "xn--" label) checked and re-encoded. */
  private static String label(UnicodeData data, int[] cps, int from, int to) throws IdnaFailure {
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      ascii &= cps[i] < 0x80;
    }
    String original = null;
    int[] label;
    if (ascii) {
      String text = new String(cps, from, to - from);
      if (!isAce(cps, from, to)) {
        if (text.length() > Punycode.MAX_DECODED) {
          throw new IdnaFailure("label '" + text + "' is longer than 63 characters");
        }
        return text;
      }
      original = text;
      label = Punycode.decode(text, 4, text.length());
    } else {
      label = Arrays.copyOfRange(cps, from, to);
    }
    for (int cp : label) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        throw new IdnaFailure("Punycode decodes to the surrogate " + LabelRules.name(cp));
      }
    }
    label = Normalizer.normalize(new String(label, 0, label.length), Normalizer.Form.NFC).codePoints().toArray();
    LabelRules.checkIdna2008(data, label);
    StringBuilder ace = new StringBuilder(Punycode.MAX_ENCODED + 4).append("xn--");
    Punycode.encode(label, ace);
    if (original != null) {
      if (!original.equalsIgnoreCase(ace.toString())) {
        throw new IdnaFailure("'" + original + "' is not the Punycode of what it decodes to");
      }
    } else if (!Arrays.equals(Punycode.decode(ace, 4, ace.length()), label)) {
      throw new IdnaFailure("label does not survive a Punycode round trip");
    }
    return ace.toString();
  }
}
