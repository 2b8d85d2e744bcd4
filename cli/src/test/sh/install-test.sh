#!/bin/sh
# End-to-end test of install.sh with the freshly built release archives, run under dash by Maven
# in the integration-test phase:
#   dash cli/src/test/sh/install-test.sh install.sh cli/target/tasker-cli-<version>.tar.gz [DIR]
# Installs the portable archive into a temporary prefix, runs the installed CLI, upgrades, refuses
# a corrupt archive, uninstalls. Then, when DIR holds the self-contained archive
# tasker-cli-<version>-<platform>.tar.gz, installs it on a PATH without Java and runs it, with
# --init and --with-docker (a fake docker). Prints 'ok - ...' or 'not ok - ...' per check, then
# 'N passed, M failed'.
set -eu

if [ $# -ne 2 ] && [ $# -ne 3 ]; then
  echo "usage: install-test.sh INSTALL_SH ARCHIVE [DIR]" >&2
  exit 2
fi
here=$(pwd)
case $1 in /*) installer=$1 ;; *) installer=$here/$1 ;; esac
case $2 in /*) archive=$2 ;; *) archive=$here/$2 ;; esac
release_dir=
if [ $# -eq 3 ]; then
  case $3 in /*) release_dir=$3 ;; *) release_dir=$here/$3 ;; esac
fi
name=$(basename "$archive" .tar.gz)
version=${name#tasker-cli-}

work=$(mktemp -d "${TMPDIR:-/tmp}/tasker-cli-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
log=$work/log

# The installed CLI must find its plugins by itself, and nothing of this machine's user.
unset TASKER_CLI_SYSTEM_PLUGINS XDG_CONFIG_HOME XDG_CACHE_HOME
HOME=$work/home
export HOME
mkdir -p "$HOME"
cd "$work"

passed=0
failed=0
ok() {
  passed=$((passed + 1))
  echo "ok - $1"
}
not_ok() {
  failed=$((failed + 1))
  echo "not ok - $1"
  if [ -s "$log" ]; then
    sed 's/^/#   /' "$log"
  fi
}
# check DESCRIPTION COMMAND...: passes when the command succeeds; its output goes to $log.
check() {
  description=$1
  shift
  if "$@" >"$log" 2>&1; then
    ok "$description"
  else
    not_ok "$description"
  fi
}
# fails_and DESCRIPTION CHECK COMMAND...: passes when COMMAND fails and then the shell condition
# CHECK holds (run by sh, with LOG naming the file that holds COMMAND's output).
fails_and() {
  fa_description=$1
  fa_check=$2
  shift 2
  if "$@" >"$log" 2>&1; then
    not_ok "$fa_description"
  elif LOG=$log sh -c "$fa_check"; then
    ok "$fa_description"
  else
    not_ok "$fa_description"
  fi
}
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1"
  else
    shasum -a 256 "$1"
  fi
}
# rebuilt VERSION: a copy of the archive whose top folder says VERSION, with its .sha256.
rebuilt() {
  rm -rf "$work/rebuild"
  mkdir "$work/rebuild"
  tar -xzf "$archive" -C "$work/rebuild"
  mv "$work/rebuild/$name" "$work/rebuild/tasker-cli-$1"
  tar -czf "$work/tasker-cli-$1.tar.gz" -C "$work/rebuild" "tasker-cli-$1"
  (cd "$work" && sha256 "tasker-cli-$1.tar.gz" >"tasker-cli-$1.tar.gz.sha256")
  rm -rf "$work/rebuild"
}
current() {
  ls -ld "$prefix/lib/tasker-cli/current" 2>/dev/null | sed 's/.* -> //'
}
cli() {
  "$prefix/bin/tasker-cli" "$@"
}

# A prefix that already holds something unrelated, which must survive everything.
mkdir -p "$prefix/bin"
echo "not ours" >"$prefix/bin/unrelated"
find "$prefix" | sort >"$work/before.txt"

check "install $name from the archive with dash" \
  dash "$installer" --from "$archive" --prefix "$prefix"

if out=$(cli --version 2>"$log") && [ "$out" = "tasker-cli $version" ] && [ ! -s "$log" ]; then
  ok "installed tasker-cli --version prints 'tasker-cli $version' and nothing else"
else
  echo "stdout: $out" >>"$log"
  not_ok "installed tasker-cli --version prints 'tasker-cli $version' and nothing else"
fi

check "installed tasker-cli plugin list shows tasker-contrib-python from source system" \
  sh -c '"$1" plugin list | grep -E "^tasker-contrib-python +[^ ]+ +python +system +"' \
  sh "$prefix/bin/tasker-cli"

check "the installer left a class-data-sharing archive beside the jar" \
  test -s "$prefix/lib/tasker-cli/$version/lib/tasker-cli.jsa"

# Remotes: the git library is in the archive, beside the jar (it is loaded from there).
check "the git library for remotes is installed beside the jar" \
  test -s "$prefix/lib/tasker-cli/$version/lib/tasker-cli-git.jar"

check "completions and man page are links into the current version" \
  sh -c 'test -f "$1/share/bash-completion/completions/tasker-cli" &&
    test -f "$1/share/zsh/site-functions/_tasker-cli" && test -f "$1/share/man/man1/tasker-cli.1" &&
    grep -q "template" "$1/share/bash-completion/completions/tasker-cli"' sh "$prefix"

# 'tasker-cli nosuch --help' prints the root help and exits 0, so look for init's own usage.
if cli init --help 2>/dev/null | grep -q "tasker-cli init"; then
  check "installed tasker-cli init demo --language python writes demo/pyproject.toml" \
    sh -c '"$1" init demo --language python -o "$2" && test -f "$2/demo/pyproject.toml"' \
    sh "$prefix/bin/tasker-cli" "$work/out"
else
  echo "# skip init check: this build has no 'init' command"
fi

rebuilt 9.9.9
check "upgrade to 9.9.9 over the existing install" \
  dash "$installer" --from "$work/tasker-cli-9.9.9.tar.gz" --prefix "$prefix"
check "current points at 9.9.9 and the old version is gone" \
  sh -c 'test "$1" = 9.9.9 && test ! -e "$2/lib/tasker-cli/$3"' sh "$(current)" "$prefix" "$version"
check "the upgraded tasker-cli runs" cli plugin list

rebuilt 9.9.10
printf '%s  %s\n' 0000000000000000000000000000000000000000000000000000000000000000 \
  tasker-cli-9.9.10.tar.gz >"$work/tasker-cli-9.9.10.tar.gz.sha256"
if dash "$installer" --from "$work/tasker-cli-9.9.10.tar.gz" --prefix "$prefix" >"$log" 2>&1; then
  not_ok "an archive with a wrong sha256 is refused"
elif grep -q "checksum mismatch" "$log"; then
  ok "an archive with a wrong sha256 is refused with 'checksum mismatch'"
else
  not_ok "an archive with a wrong sha256 is refused with 'checksum mismatch'"
fi
check "after the refused install, 9.9.9 is still current and works, with nothing left over" \
  sh -c 'test "$1" = 9.9.9 && "$2/bin/tasker-cli" --version &&
    test -z "$(ls -A "$2/lib/tasker-cli" | grep -v -e "^9.9.9$" -e "^current$" -e "^.installed$")"' \
  sh "$(current)" "$prefix"

# Archives whose layout is not ours are refused before anything is unpacked: an unrelated
# directory beside the versions, and the current version, survive each one.
mkdir "$prefix/lib/tasker-cli/keep-me"
echo mine >"$prefix/lib/tasker-cli/keep-me/file"
# hand_made NAME COMMAND...: an archive $work/NAME.tar.gz of whatever COMMAND leaves in the
# current directory (a fresh copy of the release, or of $hand_source when set, unpacked there).
hand_made() {
  hm_name=$1
  shift
  rm -rf "$work/hand"
  mkdir "$work/hand"
  tar -xzf "${hand_source:-$archive}" -C "$work/hand"
  (cd "$work/hand" && "$@") >>"$log" 2>&1
  (cd "$work/hand" && tar -czf "$work/$hm_name.tar.gz" -- *)
  rm -rf "$work/hand"
}
# refused DESCRIPTION ARCHIVE MESSAGE: install.sh refuses ARCHIVE with MESSAGE, and the prefix
# still holds 9.9.9 (working), keep-me, and nothing else new.
refused() {
  if dash "$installer" --from "$2" --prefix "$prefix" --no-java-check >"$log" 2>&1; then
    not_ok "$1"
  elif grep -q -- "$3" "$log" && [ "$(current)" = 9.9.9 ] && cli --version >>"$log" 2>&1 \
    && [ "$(cat "$prefix/lib/tasker-cli/keep-me/file")" = mine ] \
    && [ "$(ls -A "$prefix/lib/tasker-cli" | sort | tr '\n' ' ')" = ".installed 9.9.9 current keep-me " ]
  then
    ok "$1"
  else
    not_ok "$1"
  fi
}
rebuilt "x current"
refused "a top folder 'tasker-cli-x current' is refused and deletes nothing" \
  "$work/tasker-cli-x current.tar.gz" "names no semantic version"
rebuilt "*"
refused "a top folder 'tasker-cli-*' is refused and deletes nothing" \
  "$work/tasker-cli-*.tar.gz" "names no semantic version"
hand_made outside sh -c 'mv "$1" tasker-cli-9.9.11 && echo evil >evil.txt' sh "$name"
refused "an archive with a file beside its top folder is refused, nothing unpacked" \
  "$work/outside.tar.gz" "is not a tasker-cli release archive"
hand_made linked sh -c 'mv "$1" tasker-cli-9.9.12 && ln -s /etc tasker-cli-9.9.12/lib/etc' sh "$name"
refused "an archive holding a symbolic link is refused" \
  "$work/linked.tar.gz" "holds links or special files"
# GNU tar can name a member with '..' (--transform); other tars cannot build this archive.
rm -rf "$work/hand" && mkdir "$work/hand" && tar -xzf "$archive" -C "$work/hand"
(cd "$work/hand" && mv "$name" tasker-cli-9.9.13 && tar -czf "$work/dotdot.tar.gz" --transform \
  's|^tasker-cli-9.9.13/share/man/man1/tasker-cli.1$|tasker-cli-9.9.13/../../escaped|' \
  tasker-cli-9.9.13) >"$log" 2>&1 || true
rm -rf "$work/hand"
if tar -tzf "$work/dotdot.tar.gz" 2>/dev/null | grep -q '/\.\./'; then
  refused "an archive with a '..' member is refused" "$work/dotdot.tar.gz" "outside tasker-cli-9.9.13/"
else
  echo "# skip '..' member check: this tar cannot build such an archive"
fi
if dash "$installer" --version '1.0;touch pwned' --prefix "$prefix" >"$log" 2>&1; then
  not_ok "--version that is not a semantic version is a usage error"
elif [ $? -eq 2 ] && grep -q "is not a semantic version" "$log" && [ ! -e pwned ]; then
  ok "--version that is not a semantic version is a usage error (exit 2)"
else
  not_ok "--version that is not a semantic version is a usage error (exit 2)"
fi
rm -rf "$prefix/lib/tasker-cli/keep-me"

# A manifest naming a version that is not one never makes install or uninstall delete anything.
other=$work/tampered
mkdir -p "$other/lib/tasker-cli/keep-me" "$work/victim"
check "install into a second prefix" \
  dash "$installer" --from "$archive" --prefix "$other" --no-java-check
printf 'version *\nversion ../../victim\nversion keep-me\n' >>"$other/lib/tasker-cli/.installed"
check "reinstall and uninstall over a tampered manifest delete nothing of others" \
  sh -c 'dash "$1" --from "$2" --prefix "$3" --no-java-check && dash "$1" --uninstall --prefix "$3" &&
    test -d "$3/lib/tasker-cli/keep-me" && test -d "$4/victim" && test ! -e "$3/bin/tasker-cli"' \
  sh "$installer" "$archive" "$other" "$work"

if command -v curl >/dev/null 2>&1; then
  mkdir "$work/mirror"
  mv "$work/tasker-cli-9.9.9.tar.gz" "$work/tasker-cli-9.9.9.tar.gz.sha256" "$work/mirror/"
  check "reinstall of the same version, downloaded (file:// mirror) and checked, is clean" \
    sh -c 'TASKER_CLI_DOWNLOAD_BASE="file://$1/mirror" dash "$2" --version 9.9.9 --prefix "$3" &&
      test "$(ls -A "$3/lib/tasker-cli" | sort | tr "\n" " ")" = ".installed 9.9.9 current " &&
      "$3/bin/tasker-cli" --version' sh "$work" "$installer" "$prefix"
else
  echo "# skip download check: no curl"
fi

echo foreign >"$work/foreign"
mkdir -p "$work/other/bin"
cp "$work/foreign" "$work/other/bin/tasker-cli"
fails_and "install refuses to replace a tasker-cli it did not install, and changes nothing" \
  "cmp -s '$work/foreign' '$work/other/bin/tasker-cli' && [ ! -e '$work/other/lib' ]" \
  dash "$installer" --from "$archive" --prefix "$work/other"

check "uninstall" dash "$installer" --uninstall --prefix "$prefix"
find "$prefix" | sort >"$work/after.txt"
if diff "$work/before.txt" "$work/after.txt" >"$log" 2>&1 \
  && [ "$(cat "$prefix/bin/unrelated")" = "not ours" ]; then
  ok "after uninstall the prefix is exactly as before the first install"
else
  not_ok "after uninstall the prefix is exactly as before the first install"
fi

# ---------------------------------------------------------------- the self-contained archive
self_contained=
if [ -n "$release_dir" ]; then
  for candidate in "$release_dir/tasker-cli-$version"-*.tar.gz; do
    [ -f "$candidate" ] && self_contained=$candidate
  done
fi
if [ -z "$self_contained" ]; then
  echo "# skip self-contained checks: no tasker-cli-$version-<platform>.tar.gz in ${release_dir:-(no DIR given)}"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
fi
sc_name=$(basename "$self_contained" .tar.gz)

# A machine without Java: a PATH of links to every command of this one but Java's tools (and
# docker, whose absence is tested), and no JAVA_HOME.
nojava=$work/nojava-bin
mkdir "$nojava"
for dir in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
  [ -d "$dir" ] || continue
  for tool in "$dir"/*; do
    case ${tool##*/} in
      java | javac | javadoc | javap | jar | jarsigner | jshell | jlink | jdeps | jcmd | jconsole | \
        jdb | jfr | jhsdb | jimage | jinfo | jmap | jmod | jpackage | jps | jrunscript | jstack | \
        jstat | jstatd | jwebserver | jdeprscan | keytool | rmiregistry | serialver | docker) continue ;;
    esac
    if [ -x "$tool" ] && [ ! -e "$nojava/${tool##*/}" ]; then
      ln -s "$tool" "$nojava/${tool##*/}"
    fi
  done
done
# without_java COMMAND...: COMMAND on that PATH, without JAVA_HOME.
without_java() {
  (unset JAVA_HOME; PATH=$nojava; export PATH; "$@")
}
sc_prefix=$work/sc-prefix
if without_java sh -c 'command -v java' >"$log" 2>&1; then
  not_ok "the PATH for the checks without Java has no java (found: $(cat "$log"))"
fi

check "install $sc_name with no Java on PATH and JAVA_HOME unset" \
  without_java dash "$installer" --from "$self_contained" --prefix "$sc_prefix"
if grep -q "with its own Java runtime" "$log"; then
  ok "the installer says the archive brings its own Java runtime"
else
  not_ok "the installer says the archive brings its own Java runtime"
fi
mkdir "$work/sc-out"
check "without Java, the installed tasker-cli init demo --language ruby writes a whole project" \
  without_java sh -c 'cd "$1" && "$2/bin/tasker-cli" init demo --language ruby --no-input &&
    test -f demo/Gemfile && test -f demo/config/tasker/worker.toml &&
    test -f demo/docker-compose.tasker.yml' sh "$work/sc-out" "$sc_prefix"
check "the installed self-contained tasker-cli runs its own runtime with its AOT cache (-XX:AOTMode=on)" \
  without_java env TASKER_CLI_AOT_MODE=on "$sc_prefix/bin/tasker-cli" --version
check "the installed tasker-cli reads its built-in templates from the copy beside its jar" \
  without_java sh -c '"$1/bin/tasker-cli" plugin list --format json |
    grep -q "\"path\" : \"$1/lib/tasker-cli/$2/lib/tasker-cli-builtin\""' sh "$sc_prefix" "$version"
check "the self-contained tasker-cli lists templates as JSON (Jackson without data binding)" \
  without_java sh -c '"$1/bin/tasker-cli" template list --format json | grep -q "\"templates\""' \
  sh "$sc_prefix"
# A remote fetched by the self-contained runtime: the git library's modules are linked in. git
# makes the repository (a test fixture; tasker-cli fetches with JGit).
if command -v git >/dev/null 2>&1; then
  repo=$work/remote-repo
  mkdir -p "$repo/templates/hello"
  printf '[plugin]\nname = "remote-hello"\nversion = "1.0.0"\ndescription = "From git"\nlanguage = "python"\n\n[[templates]]\nname = "hello_remote"\npath = "templates/hello"\ndescription = "Hello"\n' \
    >"$repo/tasker-plugin.toml"
  printf 'name = "hello_remote"\ndescription = "Hello"\n\n[[outputs]]\ntemplate = "hello.txt.tera"\nfilename = "hello.txt"\n' \
    >"$repo/templates/hello/template.toml"
  printf 'hello\n' >"$repo/templates/hello/hello.txt.tera"
  (cd "$repo" && git init -q -b main && git add -A \
    && git -c user.name=t -c user.email=t@example.com commit -q -m plugin) >"$log" 2>&1
  check "without Java, the self-contained tasker-cli fetches a git remote (the git library's modules are linked)" \
    without_java sh -c 'cd "$1" && "$2/bin/tasker-cli" template list --url "$3" | grep -q hello_remote' \
    sh "$work/sc-out" "$sc_prefix" "$repo"
else
  echo "# skip the remote fetch check: no git to make a repository with"
fi
check "uninstall the self-contained install" dash "$installer" --uninstall --prefix "$sc_prefix"

# A self-contained archive for another machine is refused before anything is touched.
hand_source=$self_contained
hand_made foreign sh -c 'mv "$1" tasker-cli-9.9.14 &&
  sed "s/^OS_ARCH=.*/OS_ARCH=\"sparcv9\"/" tasker-cli-9.9.14/runtime/release >release.new &&
  mv release.new tasker-cli-9.9.14/runtime/release' sh "$name"
hand_source=
fails_and "a self-contained archive for another platform is refused, and nothing is created" \
  "grep -q 'brings a Java runtime for' \"\$LOG\" && [ ! -e '$work/foreign-prefix' ]" \
  dash "$installer" --from "$work/foreign.tar.gz" --prefix "$work/foreign-prefix"

# --init and --with-docker, with a fake docker that records what it is asked to do.
fakebin=$work/fake-docker-bin
mkdir "$fakebin"
printf '#!/bin/sh\nprintf "%%s\\n" "$*" >>"%s"\n' "$work/docker.log" >"$fakebin/docker"
chmod +x "$fakebin/docker"
mkdir "$work/init-here"
check "install.sh --init shop --language python --with-docker, with no Java and a fake docker" \
  without_java sh -c 'cd "$1" && PATH="$2:$PATH" dash "$3" --from "$4" --prefix "$5" \
    --init shop --language python --with-docker' \
  sh "$work/init-here" "$fakebin" "$installer" "$self_contained" "$sc_prefix"
check "--init made the project in the current directory" \
  test -f "$work/init-here/shop/pyproject.toml"
images=$(sed -n 's/^[[:space:]]*image:[[:space:]]*//p' \
  "$work/init-here/shop/docker-compose.tasker.yml" 2>/dev/null | sort -u)
missing=
for image in $images rabbitmq:4-management-alpine; do
  grep -qx "pull $image" "$work/docker.log" 2>/dev/null || missing="$missing $image"
done
if [ -n "$images" ] && [ -z "$missing" ]; then
  ok "--with-docker pulled every image of the project's compose file, and RabbitMQ's"
else
  cat "$work/docker.log" >"$log" 2>&1 || true
  not_ok "--with-docker pulled every image of the project's compose file (missing:${missing:- all})"
fi
if without_java dash "$installer" --from "$self_contained" --prefix "$sc_prefix" --with-docker \
  >"$log" 2>&1 && grep -q "docker is not installed" "$log"; then
  ok "--with-docker without docker on PATH says docker is not installed, and the install succeeds"
else
  not_ok "--with-docker without docker on PATH says docker is not installed, and the install succeeds"
fi
if dash "$installer" --from "$self_contained" --prefix "$sc_prefix" --init x >"$log" 2>&1; then
  not_ok "--init without --language is a usage error"
elif [ $? -eq 2 ] && grep -q -- "--init needs --language" "$log"; then
  ok "--init without --language is a usage error (exit 2)"
else
  not_ok "--init without --language is a usage error (exit 2)"
fi
check "uninstall after --init" dash "$installer" --uninstall --prefix "$sc_prefix"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
