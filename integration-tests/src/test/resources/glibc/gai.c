/*
 * The glibc side of the comparison tests: calls getaddrinfo()/getnameinfo() with the same
 * arguments as addrinfo's `resolve` command and prints the same JSON lines, so the two outputs
 * can be compared byte for byte.
 *
 *   gai [--family=inet|inet6|unspec|N] [--socktype=stream|dgram|raw|N] [--protocol=tcp|udp|N]
 *       [--passive] [--canonname] [--numeric-host] [--numeric-serv] [--addrconfig] [--v4mapped]
 *       [--all] [--idn] [--canonidn] [--flags=N] [--json] [--] HOST|- [SERVICE|-]
 *   gai reverse [--numeric-host] [--numeric-serv] [--name-required] [--no-fqdn] [--dgram]
 *       [--idn] [--json] [--] ADDRESS [PORT]
 *
 * "-" is a null host or service. --flags=N is ORed into the flags. Exit status: 0 on success,
 * 2 when getaddrinfo/getnameinfo fails (one {"error":...} line naming what was asked: host and
 * service, or address and port), 64 on a usage error (stderr).
 * ADDRESS is parsed with getaddrinfo(AI_NUMERICHOST), so it may carry a %scope.
 * LC_CTYPE comes from the environment (setlocale), as in a Python or Java program: glibc's IDN
 * conversions read names in the locale's encoding, and fail outright in the C locale.
 */
#define _GNU_SOURCE
#include <locale.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>

static const char *eai_name(int code) {
  switch (code) {
    case EAI_BADFLAGS: return "EAI_BADFLAGS";
    case EAI_NONAME: return "EAI_NONAME";
    case EAI_AGAIN: return "EAI_AGAIN";
    case EAI_FAIL: return "EAI_FAIL";
    case EAI_NODATA: return "EAI_NODATA";
    case EAI_FAMILY: return "EAI_FAMILY";
    case EAI_SOCKTYPE: return "EAI_SOCKTYPE";
    case EAI_SERVICE: return "EAI_SERVICE";
    case EAI_ADDRFAMILY: return "EAI_ADDRFAMILY";
    case EAI_MEMORY: return "EAI_MEMORY";
    case EAI_SYSTEM: return "EAI_SYSTEM";
    case EAI_OVERFLOW: return "EAI_OVERFLOW";
    case EAI_IDN_ENCODE: return "EAI_IDN_ENCODE";
    default: return "EAI_UNKNOWN";
  }
}

static void json_string(const char *s) {
  putchar('"');
  for (; s != NULL && *s; s++) {
    unsigned char c = (unsigned char) *s;
    if (c == '"' || c == '\\') printf("\\%c", c);
    else if (c < 0x20) printf("\\u%04x", c);
    else putchar(c);
  }
  putchar('"');
}

/* {"error":...,"message":... then what was asked, as resolve prints it. */
static void fail_start(int code) {
  printf("{\"error\":");
  json_string(eai_name(code));
  printf(",\"message\":");
  json_string(gai_strerror(code));
}

static void json_string_or_null(const char *s) {
  if (s == NULL) printf("null");
  else json_string(s);
}

/* A getaddrinfo failure, with the host and service asked (null for a null one). */
static int fail(int code, const char *host, const char *service) {
  fail_start(code);
  printf(",\"host\":");
  json_string_or_null(host);
  printf(",\"service\":");
  json_string_or_null(service);
  printf("}\n");
  return 2;
}

/* A getnameinfo failure, with the address as typed and the port (null when not given). */
static int fail_reverse(int code, const char *address, int port_given, long port) {
  fail_start(code);
  printf(",\"address\":");
  json_string(address);
  if (port_given) printf(",\"port\":%ld}\n", port);
  else printf(",\"port\":null}\n");
  return 2;
}

static int usage(const char *why, const char *arg) {
  fprintf(stderr, "gai: %s: %s\n", why, arg);
  return 64;
}

/* Returns the value after "--name=" if arg is that option, else NULL. */
static const char *value_of(const char *arg, const char *name) {
  size_t n = strlen(name);
  return strncmp(arg, name, n) == 0 && arg[n] == '=' ? arg + n + 1 : NULL;
}

static int number_or(const char *value, const char *const *names, const int *numbers, int count,
                     int *out) {
  for (int i = 0; i < count; i++) {
    if (strcmp(value, names[i]) == 0) { *out = numbers[i]; return 1; }
  }
  char *end;
  long n = strtol(value, &end, 0);
  if (*value == '\0' || *end != '\0') return 0;
  *out = (int) n;
  return 1;
}

static int print_addrinfo(struct addrinfo *list, const char *asked_host, const char *asked_service) {
  for (struct addrinfo *ai = list; ai != NULL; ai = ai->ai_next) {
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    int rc = getnameinfo(ai->ai_addr, ai->ai_addrlen, host, sizeof host, serv, sizeof serv,
                         NI_NUMERICHOST | NI_NUMERICSERV);
    if (rc != 0) return fail(rc, asked_host, asked_service);
    /* as Python prints it: the address without "%scope", the scope only in scope_id */
    char *percent = strchr(host, '%');
    if (percent != NULL) *percent = '\0';
    unsigned scope = ai->ai_family == AF_INET6
        ? ((struct sockaddr_in6 *) ai->ai_addr)->sin6_scope_id : 0;
    printf("{\"family\":%d,\"socktype\":%d,\"protocol\":%d,\"canonname\":",
           ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    json_string(ai->ai_canonname != NULL ? ai->ai_canonname : "");
    printf(",\"address\":");
    json_string(host);
    printf(",\"port\":%s,\"scope_id\":%u}\n", serv, scope);
  }
  return 0;
}

static int forward(int argc, char **argv) {
  static const char *const families[] = {"unspec", "inet", "inet6"};
  static const int family_numbers[] = {AF_UNSPEC, AF_INET, AF_INET6};
  static const char *const socktypes[] = {"stream", "dgram", "raw"};
  static const int socktype_numbers[] = {SOCK_STREAM, SOCK_DGRAM, SOCK_RAW};
  static const char *const protocols[] = {"tcp", "udp"};
  static const int protocol_numbers[] = {IPPROTO_TCP, IPPROTO_UDP};
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  const char *positional[2];
  int count = 0, options = 1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    int n;
    if (!options || a[0] != '-' || strcmp(a, "-") == 0) {
      if (count == 2) return usage("too many arguments", a);
      positional[count++] = a;
    } else if (strcmp(a, "--") == 0) options = 0;
    else if ((v = value_of(a, "--family")) != NULL) {
      if (!number_or(v, families, family_numbers, 3, &n)) return usage("bad family", v);
      hints.ai_family = n;
    } else if ((v = value_of(a, "--socktype")) != NULL) {
      if (!number_or(v, socktypes, socktype_numbers, 3, &n)) return usage("bad socktype", v);
      hints.ai_socktype = n;
    } else if ((v = value_of(a, "--protocol")) != NULL) {
      if (!number_or(v, protocols, protocol_numbers, 2, &n)) return usage("bad protocol", v);
      hints.ai_protocol = n;
    } else if ((v = value_of(a, "--flags")) != NULL) {
      if (!number_or(v, NULL, NULL, 0, &n)) return usage("bad flags", v);
      hints.ai_flags |= n;
    } else if (strcmp(a, "--passive") == 0) hints.ai_flags |= AI_PASSIVE;
    else if (strcmp(a, "--canonname") == 0) hints.ai_flags |= AI_CANONNAME;
    else if (strcmp(a, "--numeric-host") == 0) hints.ai_flags |= AI_NUMERICHOST;
    else if (strcmp(a, "--numeric-serv") == 0) hints.ai_flags |= AI_NUMERICSERV;
    else if (strcmp(a, "--addrconfig") == 0) hints.ai_flags |= AI_ADDRCONFIG;
    else if (strcmp(a, "--v4mapped") == 0) hints.ai_flags |= AI_V4MAPPED;
    else if (strcmp(a, "--all") == 0) hints.ai_flags |= AI_ALL;
    else if (strcmp(a, "--idn") == 0) hints.ai_flags |= AI_IDN;
    else if (strcmp(a, "--canonidn") == 0) hints.ai_flags |= AI_CANONIDN;
    else if (strcmp(a, "--json") == 0) continue;
    else return usage("unknown option", a);
  }
  if (count == 0) return usage("missing", "HOST");
  const char *host = strcmp(positional[0], "-") == 0 ? NULL : positional[0];
  const char *service = count < 2 || strcmp(positional[1], "-") == 0 ? NULL : positional[1];
  struct addrinfo *list;
  int rc = getaddrinfo(host, service, &hints, &list);
  if (rc != 0) return fail(rc, host, service);
  rc = print_addrinfo(list, host, service);
  freeaddrinfo(list);
  return rc;
}

static int reverse(int argc, char **argv) {
  const char *positional[2];
  int count = 0, options = 1, flags = 0;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (!options || a[0] != '-') {
      if (count == 2) return usage("too many arguments", a);
      positional[count++] = a;
    } else if (strcmp(a, "--") == 0) options = 0;
    else if (strcmp(a, "--numeric-host") == 0) flags |= NI_NUMERICHOST;
    else if (strcmp(a, "--numeric-serv") == 0) flags |= NI_NUMERICSERV;
    else if (strcmp(a, "--name-required") == 0) flags |= NI_NAMEREQD;
    else if (strcmp(a, "--no-fqdn") == 0) flags |= NI_NOFQDN;
    else if (strcmp(a, "--dgram") == 0) flags |= NI_DGRAM;
    else if (strcmp(a, "--idn") == 0) flags |= NI_IDN;
    else if (strcmp(a, "--json") == 0) continue;
    else return usage("unknown option", a);
  }
  if (count == 0) return usage("missing", "ADDRESS");
  char *end;
  long port = count < 2 ? 0 : strtol(positional[1], &end, 10);
  if (count == 2 && (*positional[1] == '\0' || *end != '\0' || port < 0 || port > 65535)) {
    return usage("bad port", positional[1]);
  }
  struct addrinfo hints, *parsed;
  memset(&hints, 0, sizeof hints);
  hints.ai_flags = AI_NUMERICHOST;
  int rc = getaddrinfo(positional[0], NULL, &hints, &parsed);
  if (rc != 0) return fail_reverse(rc, positional[0], count == 2, port);
  struct sockaddr_storage address;
  socklen_t length = parsed->ai_addrlen;
  memcpy(&address, parsed->ai_addr, length);
  freeaddrinfo(parsed);
  ((struct sockaddr_in *) &address)->sin_port = htons((unsigned short) port);
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  rc = getnameinfo((struct sockaddr *) &address, length, host, sizeof host, serv, sizeof serv,
                   flags);
  if (rc != 0) return fail_reverse(rc, positional[0], count == 2, port);
  printf("{\"host\":");
  json_string(host);
  printf(",\"service\":");
  json_string(serv);
  printf("}\n");
  return 0;
}

int main(int argc, char **argv) {
  setlocale(LC_CTYPE, "");
  if (argc > 1 && strcmp(argv[1], "reverse") == 0) return reverse(argc, argv);
  return forward(argc, argv);
}
