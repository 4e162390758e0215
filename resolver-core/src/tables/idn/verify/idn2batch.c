/* Batch twin of glibc 2.36's inet/idna.c conversions, for comparing with the Java port.
 *   idn2batch to   < names   (one UTF-8 name per line) -> "OK\t<ascii>" or "ERR\t<libidn2 error name>"
 *   idn2batch from < names   -> the idn2_to_unicode_lzlz result, or the name itself when it fails
 * "to" classifies as __idna_to_dns_encoding does: ASCII passes unchanged, non-ASCII with a
 * backslash fails; then idn2_lookup_ul(name, &out, 0). Runs in the environment's locale. */
#include <idn2.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  setlocale(LC_ALL, "");
  if (argc != 2) return 64;
  int to = strcmp(argv[1], "to") == 0;
  char *line = NULL; size_t cap = 0; ssize_t n;
  while ((n = getline(&line, &cap, stdin)) > 0) {
    if (line[n - 1] == '\n') line[--n] = '\0';
    char *out = NULL;
    if (to) {
      int ascii = 1, backslash = 0;
      for (char *p = line; *p; p++) { if ((unsigned char) *p >= 0x80) ascii = 0; if (*p == '\\') backslash = 1; }
      if (ascii) { printf("OK\t%s\n", line); continue; }
      if (backslash) { printf("ERR\tbackslash\n"); continue; }
      int rc = idn2_lookup_ul(line, &out, 0);
      if (rc == 0) printf("OK\t%s\n", out); else printf("ERR\t%s\n", idn2_strerror_name(rc));
    } else {
      int rc = idn2_to_unicode_lzlz(line, &out, 0);
      printf("%s\n", rc == 0 ? out : line);
    }
    free(out);
  }
  free(line);
  return 0;
}
