/*
 * Prints, as runs, the character properties that libidn2's label checks read from libunistring:
 * general category M, canonical combining class 9 (virama), joining type, bidi class and script.
 * Output lines: FIRST LAST MARK VIRAMA JOINING BIDI SCRIPT (hex code points, names as words).
 * Build and run with the libunistring that libidn2 links (Debian 12: libunistring2 1.0):
 *   gcc -O1 -o unistring-props unistring-props.c -lunistring && ./unistring-props > unistring-props.txt
 */
#include <stdio.h>
#include <string.h>
#include <unictype.h>

static void describe(ucs4_t c, char *out, size_t size) {
  const uc_script_t *script = uc_script(c);
  snprintf(out, size, "%d %d %s %s %s",
           uc_is_general_category(c, UC_CATEGORY_M) ? 1 : 0,
           uc_combining_class(c) == UC_CCC_VR ? 1 : 0,
           uc_joining_type_name(uc_joining_type(c)),
           uc_bidi_category_name(uc_bidi_category(c)),
           script == NULL ? "None" : script->name);
}

int main(void) {
  char previous[128] = "", current[128];
  ucs4_t first = 0;
  for (ucs4_t c = 0; c <= 0x110000; c++) {
    if (c < 0x110000) describe(c, current, sizeof current); else current[0] = '\0';
    if (c == 0) { strcpy(previous, current); continue; }
    if (strcmp(current, previous) != 0) {
      printf("%04X %04X %s\n", (unsigned) first, (unsigned) (c - 1), previous);
      first = c;
      strcpy(previous, current);
    }
  }
  return 0;
}
