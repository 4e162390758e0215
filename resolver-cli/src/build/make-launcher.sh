#!/bin/sh
# Run by the build after the shaded jar: installs the launcher TARGET/resolve and makes its
# class-data-sharing archive TARGET/resolve.jsa from a training run (CdsTraining) of the jar.
# A static archive, not -XX:ArchiveClassesAtExit's dynamic one: JDK 17 keeps picocli's classes
# (Java 5 class files) out of a dynamic archive, and they are over a third of the classes the
# command itself loads.
# When the JDK cannot make an archive the build goes on without one; the launcher copes.
# Usage: make-launcher.sh JAVA SOURCE_DIR TARGET_DIR
set -u
java=$1
src=$2
target=$3
jar=$target/resolve.jar
cp "$src/resolve" "$target/resolve" && chmod 755 "$target/resolve" || exit 1
rm -f "$target/resolve.jsa" "$target/resolve.classlist"
quiet='-Xlog:disable -Xlog:all=warning,cds*=off:stderr'
train() {
  "$java" -XX:DumpLoadedClassList="$target/resolve.classlist" -cp "$jar" dev.addrinfo.cli.CdsTraining \
    && "$java" -Xshare:dump -XX:SharedClassListFile="$target/resolve.classlist" \
      -XX:SharedArchiveFile="$target/resolve.jsa" $quiet -cp "$jar"
}
if ! train >"$target/resolve.jsa.log" 2>&1; then
  rm -f "$target/resolve.jsa"
  echo "[WARNING] resolve: no class-data-sharing archive (see $target/resolve.jsa.log); the launcher runs without it"
fi
