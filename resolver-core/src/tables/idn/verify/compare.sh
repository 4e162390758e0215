#!/bin/sh
# compare.sh to|from CORPUS: converts every line of CORPUS with libidn2 (idn2batch.c, as glibc 2.36
# calls it) and with dev.addrinfo.internal.idn (IdnBatch.java), and reports the lines that differ.
# Needs gcc, libidn2-dev, a JDK, and resolver-core built (mvn -o package -pl resolver-core -am).
# Corpora come from corpus.py, e.g.:
#   python3 corpus.py every 'a{}b.example' > every.txt && ./compare.sh to every.txt
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../../.." && pwd)
WORK=${WORK:-/tmp/idn-verify}
mkdir -p "$WORK"
CP="$WORK:$ROOT/resolver-core/target/classes:$ROOT/services-db/target/classes"
[ -x "$WORK/idn2batch" ] || gcc -O2 -Wall -o "$WORK/idn2batch" "$HERE/idn2batch.c" -lidn2
[ -f "$WORK/IdnBatch.class" ] || javac -cp "$CP" -d "$WORK" "$HERE/IdnBatch.java"
DIRECTION=$1; CORPUS=$2
LC_ALL=C.UTF-8 "$WORK/idn2batch" "$DIRECTION" < "$CORPUS" | sed 's/^ERR\t.*/ERR/' > "$WORK/c.out"
LC_ALL=C.UTF-8 java -cp "$CP" IdnBatch "$DIRECTION" < "$CORPUS" | sed 's/^ERR\t.*/ERR/' > "$WORK/java.out"
python3 - "$CORPUS" "$WORK/c.out" "$WORK/java.out" <<'PY'
import sys
names, c, j = (open(p, encoding="utf-8", errors="surrogateescape").read().split("\n")[:-1] for p in sys.argv[1:4])
assert len(names) == len(c) == len(j), (len(names), len(c), len(j))
diff = [(n, a, b) for n, a, b in zip(names, c, j) if a != b]
print(f"{sys.argv[1]}: {len(names)} names, {len(diff)} differ")
for n, a, b in diff[:15]:
    print("  ", repr(n), "| libidn2:", repr(a), "| addrinfo:", repr(b))
sys.exit(1 if diff else 0)
PY
