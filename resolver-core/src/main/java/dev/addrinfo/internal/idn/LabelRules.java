package dev.addrinfo.internal.idn;

import static dev.addrinfo.internal.idn.UnicodeData.BIDI_AL;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_AN;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_BN;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_CS;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_EN;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_ES;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_ET;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_L;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_NSM;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_ON;
import static dev.addrinfo.internal.idn.UnicodeData.BIDI_R;

import java.text.Normalizer;

/**
 * The label checks libidn2 2.3.3 makes, in two sets: {@link #checkUts46} after the UTS #46
 * mapping (every label of the name), and {@link #checkIdna2008} before a label is encoded (every
 * label that is not plain ASCII, and every "xn--" label, decoded). Of the CONTEXTO rules libidn2
 * only checks that a rule exists, so a middle dot or a Katakana middle dot passes anywhere; the
 * bidi rule is applied to each label that holds a right-to-left character on its own.
 */
final class LabelRules {
  private LabelRules() {}

  /** UTS #46 section 4.1 checks, non-transitional, STD3 rules off. */
  static void checkUts46(UnicodeData data, int[] label) throws IdnaFailure {
    checkNfc(label);
    checkHyphens34(label);
    if (label.length > 0 && (label[0] == '-' || label[label.length - 1] == '-')) {
      throw new IdnaFailure("label starts or ends with '-'");
    }
    checkLeadingMark(data, label);
    checkStatus(data, label);
  }

  /** The IDNA 2008 checks libidn2 makes before encoding a label. */
  static void checkIdna2008(UnicodeData data, int[] label) throws IdnaFailure {
    checkNfc(label);
    checkHyphens34(label);
    checkLeadingMark(data, label);
    for (int cp : label) {
      int status = data.status(cp);
      // libidn2 lets through what UTS #46 allows only because STD3 rules are off (e.g. '_', U+2260)
      if (data.idna2008(cp) == UnicodeData.IDNA_DISALLOWED
          && status != UnicodeData.STD3_VALID && status != UnicodeData.STD3_MAPPED) {
        throw new IdnaFailure(name(cp) + " is DISALLOWED in IDNA 2008");
      }
    }
    for (int i = 0; i < label.length; i++) {
      if (data.idna2008(label[i]) == UnicodeData.CONTEXTJ && !contextJ(data, label, i)) {
        throw new IdnaFailure(name(label[i]) + " is not allowed in this context (CONTEXTJ)");
      }
    }
    for (int cp : label) {
      if (data.idna2008(cp) == UnicodeData.CONTEXTO && !hasContextORule(cp)) {
        throw new IdnaFailure(name(cp) + " has no CONTEXTO rule");
      }
    }
    for (int cp : label) {
      if (data.idna2008(cp) == UnicodeData.UNASSIGNED) {
        throw new IdnaFailure(name(cp) + " is unassigned in IDNA 2008 (Unicode 12.0)");
      }
    }
    checkBidi(data, label);
    checkStatus(data, label);
  }

  private static void checkNfc(int[] label) throws IdnaFailure {
    if (!Normalizer.isNormalized(new String(label, 0, label.length), Normalizer.Form.NFC)) {
      throw new IdnaFailure("label is not in Unicode normalization form C");
    }
  }

  private static void checkHyphens34(int[] label) throws IdnaFailure {
    if (label.length >= 4 && label[2] == '-' && label[3] == '-') {
      throw new IdnaFailure("label has '--' in its third and fourth positions");
    }
  }

  private static void checkLeadingMark(UnicodeData data, int[] label) throws IdnaFailure {
    if (label.length > 0 && data.isMark(label[0])) {
      throw new IdnaFailure("label starts with the combining mark " + name(label[0]));
    }
  }

  /** Non-transitional: valid or deviation, or disallowed only by the STD3 rules, which are off. */
  private static void checkStatus(UnicodeData data, int[] label) throws IdnaFailure {
    for (int cp : label) {
      if (cp == '.') {
        throw new IdnaFailure("label holds a '.'");
      }
      int status = data.status(cp);
      if (status != UnicodeData.VALID && status != UnicodeData.DEVIATION
          && status != UnicodeData.STD3_VALID && status != UnicodeData.STD3_MAPPED) {
        throw new IdnaFailure(name(cp) + " is not valid in a label (UTS #46)");
      }
    }
  }

  /** RFC 5892 appendix A.1 and A.2, with libidn2's reading of the ZWNJ rule. */
  private static boolean contextJ(UnicodeData data, int[] label, int pos) {
    int cp = label[pos];
    boolean afterVirama = pos > 0 && data.isVirama(label[pos - 1]);
    if (cp == 0x200D) {
      return afterVirama;
    }
    if (cp != 0x200C) {
      return false;
    }
    if (afterVirama) {
      return true;
    }
    if (pos == 0 || pos == label.length - 1) {
      return false;
    }
    for (int i = pos - 1;; i--) {
      int jt = data.joiningType(label[i]);
      if (jt == UnicodeData.JOIN_L || jt == UnicodeData.JOIN_D) {
        break;
      }
      if (i == 0 || jt != UnicodeData.JOIN_T) {
        return false;
      }
    }
    for (int i = pos + 1;; i++) {
      int jt = data.joiningType(label[i]);
      if (jt == UnicodeData.JOIN_R || jt == UnicodeData.JOIN_D) {
        return true;
      }
      if (i == label.length - 1 || jt != UnicodeData.JOIN_T) {
        return false;
      }
    }
  }

  private static boolean hasContextORule(int cp) {
    return cp == 0x00B7 || cp == 0x0375 || cp == 0x05F3 || cp == 0x05F4 || (cp >= 0x0660 && cp <= 0x0669)
        || (cp >= 0x06F0 && cp <= 0x06F9) || cp == 0x30FB;
  }

  /** RFC 5893 section 2, for a label holding an R, AL or AN character. */
  private static void checkBidi(UnicodeData data, int[] label) throws IdnaFailure {
    boolean rightToLeft = false;
    for (int cp : label) {
      int bc = data.bidi(cp);
      rightToLeft |= bc == BIDI_R || bc == BIDI_AL || bc == BIDI_AN;
    }
    if (!rightToLeft) {
      return;
    }
    int first = data.bidi(label[0]);
    boolean ltr = first == BIDI_L;
    if (!ltr && first != BIDI_R && first != BIDI_AL) {
      throw new IdnaFailure("right-to-left label starts with " + name(label[0]) + " (RFC 5893)");
    }
    boolean endOk = true;
    for (int i = 1; i < label.length; i++) {
      int bc = data.bidi(label[i]);
      boolean strong = ltr
          ? bc == BIDI_L || bc == BIDI_EN || bc == BIDI_NSM
          : bc == BIDI_R || bc == BIDI_AL || bc == BIDI_EN || bc == BIDI_AN || bc == BIDI_NSM;
      if (strong) {
        endOk = true;
      } else if (bc == BIDI_ES || bc == BIDI_CS || bc == BIDI_ET || bc == BIDI_ON || bc == BIDI_BN) {
        endOk = false;
      } else {
        throw new IdnaFailure("label mixes directions at " + name(label[i]) + " (RFC 5893)");
      }
    }
    if (!endOk) {
      throw new IdnaFailure("label ends with a neutral character (RFC 5893)");
    }
  }

  static String name(int cp) {
    String hex = Integer.toHexString(cp).toUpperCase();
    return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
  }
}
