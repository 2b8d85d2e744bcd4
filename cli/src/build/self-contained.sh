#!/bin/sh
# Builds the self-contained release tasker-cli-<version>-<platform>.tar.gz (+ .sha256) from the
# portable tasker-cli-<version>.tar.gz: the same files, plus runtime/ (a Java runtime linked with
# jlink from a JDK 25+, only the modules the jar needs) and lib/tasker-cli.aot (an AOT cache,
# JEP 483/515, made here by a training run of the hidden '__train' workload on that runtime).
# Users of it need no Java. Run by Maven in the package phase (cli/pom.xml); by hand:
#
#   sh cli/src/build/self-contained.sh PORTABLE_TAR_GZ OUTPUT_DIR VERSION JDK_HOME REQUIRED
#
# JDK_HOME is the JDK 25+ to link from (any vendor; Temurin 25 links from its own run-time image,
# JEP 493, so it needs no jmods); 'auto' takes the first JDK 25+ of JAVA_HOME and the usual
# install places, 'none' skips this step. When there is none, the step is skipped with a message,
# unless REQUIRED is 'true' (CI), when that is an error. The platform in the name is the JDK's:
# linux-x64 on this project's machines; on a Mac with an arm64 JDK 25 the same command makes
# tasker-cli-<version>-macos-arm64.tar.gz (the recipe is the same; nothing here is Linux-only).
set -eu

if [ $# -ne 5 ]; then
  echo "usage: self-contained.sh PORTABLE_TAR_GZ OUTPUT_DIR VERSION JDK_HOME REQUIRED" >&2
  exit 2
fi
portable=$1
out=$2
version=$3
jdk=$4
required=$5
say() {
  printf '[self-contained] %s\n' "$*"
}

# skip REASON: no JDK to build with. Fatal when the build requires this archive. A self-contained
# archive of an earlier build would now be stale: it goes.
skip() {
  rm -f "$out/tasker-cli-$version"-*.tar.gz "$out/tasker-cli-$version"-*.tar.gz.sha256
  if [ "$required" = true ]; then
    printf '[self-contained] error: %s\n' "$1" >&2
    exit 1
  fi
  say "skipped: $1"
  say "only the portable archive (it needs Java 17+) was built; pass -Dtasker.jdk25=DIR (a JDK 25"
  say "or newer with jlink) to build tasker-cli-$version-<platform>.tar.gz as well"
  exit 0
}

# release_value KEY: a value of the JDK's release file.
release_value() {
  sed -n "s/^$1=\"\\(.*\\)\"\$/\\1/p" "$jdk/release"
}

# is_jdk25 DIR: a JDK of version 25 or newer, with jlink and jdeps.
is_jdk25() {
  [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jdeps" ] && [ -f "$1/release" ] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  [ "${v:-0}" -ge 25 ] 2>/dev/null
}
case $jdk in
  none)
    rm -f "$out/tasker-cli-$version"-*.tar.gz "$out/tasker-cli-$version"-*.tar.gz.sha256
    say "skipped (-Dtasker.jdk25=none)"
    exit 0
    ;;
  auto)
    jdk=
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 \
        /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-25-openjdk-arm64 \
        /Library/Java/JavaVirtualMachines/temurin-25.jdk/Contents/Home \
        /opt/homebrew/opt/openjdk@25/libexec/openjdk.jdk/Contents/Home; do
      if [ -n "$candidate" ] && is_jdk25 "$candidate"; then
        jdk=$candidate
        break
      fi
    done
    [ -n "$jdk" ] || skip "no JDK 25+ in JAVA_HOME or the usual places (/usr/lib/jvm/temurin-25-jdk-*, ...)"
    ;;
esac
[ -n "$jdk" ] && [ -x "$jdk/bin/jlink" ] && [ -x "$jdk/bin/jdeps" ] && [ -f "$jdk/release" ] \
  || skip "no JDK with jlink at '${jdk:-(none given)}'"
major=$(release_value JAVA_VERSION | sed 's/^\([0-9]*\).*/\1/')
[ "${major:-0}" -ge 25 ] 2>/dev/null || skip "$jdk is Java ${major:-of unknown version}; the AOT cache needs 25+"
case $(release_value OS_NAME) in
  Linux) os=linux ;;
  Darwin | 'Mac OS X') os=macos ;;
  *) skip "no self-contained release for $(release_value OS_NAME)" ;;
esac
case $(release_value OS_ARCH) in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) skip "no self-contained release for $(release_value OS_ARCH)" ;;
esac
[ -f "$portable" ] || { echo "[self-contained] error: $portable is missing" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd -P)

name=tasker-cli-$version
archive=$out/$name-$os-$arch.tar.gz
work=$out/self-contained
rm -rf "$work" "$archive" "$archive.sha256"
mkdir -p "$work"
tar -xzf "$portable" -C "$work"
stage=$work/$name
[ -f "$stage/lib/tasker-cli.jar" ] || { echo "[self-contained] error: $portable holds no $name/lib/tasker-cli.jar" >&2; exit 1; }

# The modules: what jdeps finds the classes of the jars need (tasker-cli.jar, and the git library
# tasker-cli-git.jar, loaded only to fetch a remote: JGit and sshd need java.management, java.rmi,
# java.security.jgss and java.sql), leaving out classes no run ever loads: Jackson's data binding
# (ser, deser, ext) — tasker-cli reads TOML into Jackson's tree nodes and writes JSON with the
# streaming generator, never through an ObjectMapper, whose handlers of java.sql and java.beans
# types pull in java.sql and java.desktop — and Error Prone's compile-time annotations (through
# Guava: javax.lang.model, java.compiler). jdk.zipfs is a service, invisible to jdeps: it reads the
# built-in templates from the jar when their unpacked copy is unusable.
unused='com\.fasterxml\.jackson\.databind\.(ser|deser|ext)\.|com\.google\.errorprone\.annotations\.'
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release "$major" \
  -include "^(?!$unused).*" "$stage"/lib/*.jar)
modules=$modules,jdk.zipfs
say "linking a Java $major runtime ($(release_value IMPLEMENTOR) $(release_value JAVA_RUNTIME_VERSION)) with $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$stage/runtime"
# install.sh checks that a runtime is for the machine it installs on: jlink's release file names
# only the version and the modules, so the JDK's platform (and vendor) are copied into it.
for key in IMPLEMENTOR JAVA_RUNTIME_VERSION OS_NAME OS_ARCH; do
  printf '%s="%s"\n' "$key" "$(release_value "$key")"
done >>"$stage/runtime/release"
# A release archive holds files and directories only (install.sh refuses links): jlink links the
# legal notices of a module to java.base's; copy them instead.
find "$stage/runtime" -type l | while IFS= read -r link; do
  cp -L "$link" "$link.copy"
  rm -f "$link"
  mv "$link.copy" "$link"
done

# The AOT cache, from the training run the portable launcher also uses, with the flags the
# launcher runs the JVM with (a cache only serves the flags it was made with). The training run
# needs a home and plugins, and writes nothing but the cache. It records no method profiles
# (-AOTRecordTraining): a JVM started with profiles compiles the methods they name at once, which
# costs a run as short as ours more CPU than it saves (measured: about a fifth of a one-file
# generate's CPU time).
flags=$(sed -n "s/^jvm_flags='\\(.*\\)'\$/\\1/p" "$stage/bin/tasker-cli")
[ -n "$flags" ] || { echo "[self-contained] error: no jvm_flags='...' line in $stage/bin/tasker-cli" >&2; exit 1; }
mkdir -p "$work/home" "$work/cwd"
say "training the AOT cache: runtime/bin/java $flags -XX:-AOTRecordTraining -XX:AOTCacheOutput=lib/tasker-cli.aot -jar lib/tasker-cli.jar __train"
# shellcheck disable=SC2086 # the flags are words on purpose
if ! (cd "$work/cwd" && HOME=$work/home XDG_CONFIG_HOME=$work/home/.config \
    XDG_CACHE_HOME=$work/home/.cache TASKER_CLI_SYSTEM_PLUGINS=$stage/share/tasker-cli/plugins \
    "$stage/runtime/bin/java" $flags -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining \
    "-XX:AOTCacheOutput=$stage/lib/tasker-cli.aot" \
    -Xlog:aot=error,cds=error -jar "$stage/lib/tasker-cli.jar" __train) >"$work/training.log" 2>&1 \
  || [ ! -s "$stage/lib/tasker-cli.aot" ]; then
  cat "$work/training.log" >&2
  echo "[self-contained] error: the training run failed; its output is above" >&2
  exit 1
fi
# The cache must serve the launcher as installed: from the release's own launcher, refusing to
# start (-XX:AOTMode=on) when the cache is unusable.
if ! TASKER_CLI_AOT_MODE=on "$stage/bin/tasker-cli" --version >"$work/check.log" 2>&1; then
  cat "$work/check.log" >&2
  echo "[self-contained] error: the AOT cache does not serve the launcher" >&2
  exit 1
fi
rm -rf "$work/home" "$work/cwd"

# Files keep their times (the cache records the jar's), owners are not kept.
tar -czf "$archive" -C "$work" --owner=0 --group=0 "$name" 2>/dev/null \
  || tar -czf "$archive" -C "$work" "$name"
(cd "$out" && if command -v sha256sum >/dev/null 2>&1; then sha256sum "$(basename "$archive")"
  else shasum -a 256 "$(basename "$archive")"; fi) >"$archive.sha256"
size() {
  du -sk "$1" | awk '{ printf "%.1f MiB", $1 / 1024 }'
}
say "$archive: $(size "$archive") ($(size "$stage") unpacked: runtime $(size "$stage/runtime"), AOT cache $(size "$stage/lib/tasker-cli.aot"))"
rm -rf "$work"
