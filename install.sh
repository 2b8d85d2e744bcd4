#!/bin/sh
# Installs tasker-cli from a release archive. POSIX sh; needs tar, gzip, and curl or wget.
#
#   curl -fsSL https://raw.githubusercontent.com/tasker-systems/tasker-cli/main/install.sh | sh
#   curl -fsSL .../install.sh | sh -s -- --version 0.2.0 --prefix /opt/tasker
#   sh install.sh --from ./tasker-cli-0.1.0-linux-x64.tar.gz      # offline
#   sh install.sh --init my-project --language ruby --with-docker
#   sh install.sh --uninstall
#
# Two kinds of release archive, one layout: tasker-cli-<version>-<platform>.tar.gz (linux-x64, ...)
# carries its own Java runtime (runtime/) and needs no Java; tasker-cli-<version>.tar.gz, the
# portable one, runs on any Java 17+. Downloads take the archive of this platform when the release
# has one, else the portable one.
#
# Layout under the prefix (default ~/.local):
#   lib/tasker-cli/<version>/     the unpacked archive (bin/, lib/, share/)
#   lib/tasker-cli/current        symlink to <version>, switched only once a version is complete
#   lib/tasker-cli/.installed     manifest of what this script created; --uninstall reads it
#   bin/tasker-cli, share/bash-completion/completions/tasker-cli, share/zsh/site-functions/_tasker-cli,
#   share/man/man1/tasker-cli.1   symlinks into current
#
# Everything runs from main, called on the last line, so a truncated download runs nothing.
set -eu

REPO_URL=https://github.com/tasker-systems/tasker-cli
LINKS='bin/tasker-cli
share/bash-completion/completions/tasker-cli
share/zsh/site-functions/_tasker-cli
share/man/man1/tasker-cli.1'

usage() {
  cat <<'EOF'
Install tasker-cli, the Tasker project scaffolding CLI.

Usage:
  sh install.sh [--version VERSION] [--prefix DIR] [--portable] [AFTER]
  sh install.sh --from FILE [--prefix DIR] [AFTER]
  sh install.sh --uninstall [--prefix DIR]
  curl -fsSL https://raw.githubusercontent.com/tasker-systems/tasker-cli/main/install.sh | sh -s -- [OPTIONS]

Options:
  --version VERSION  install this release (default: the latest) from
                     https://github.com/tasker-systems/tasker-cli/releases, checking its sha256:
                     tasker-cli-VERSION-PLATFORM.tar.gz (PLATFORM: linux-x64, ...; it brings its
                     own Java) when the release has one for this machine, else the portable
                     tasker-cli-VERSION.tar.gz (it needs Java 17+)
  --portable         install the portable archive even when there is one for this platform
  --from FILE        install a local archive of either kind instead of downloading; its
                     FILE.sha256 beside it is checked when present
  --prefix DIR       install under DIR (default: ~/.local): DIR/bin/tasker-cli,
                     DIR/lib/tasker-cli/<version>/, completions and man page under DIR/share/
  --uninstall        remove what this script installed under the prefix, and the directories
                     it created that are now empty
  --no-java-check    install the portable archive even when no Java 17+ is found (tasker-cli
                     will need one to run)
  -h, --help         show this help

AFTER, once tasker-cli is installed:
  --init NAME --language L
                     create the Tasker project NAME in the current directory ('tasker-cli init');
                     it asks for what it needs on a terminal, and never when input is not one
  --with-docker      pull the Docker images of the project's compose file (the ops plugin's
                     docker_compose template, every variant), when docker is installed

Installing again is safe: the same version is reinstalled cleanly; another version replaces the
current one, which keeps working until the new one is complete.

Environment:
  JAVA_HOME                 the Java 17+ to check (else java on PATH)
  TASKER_CLI_DOWNLOAD_BASE  download tasker-cli-<version>.tar.gz and its .sha256 from this URL
                            (a mirror) instead of the GitHub release of the version
EOF
}

say() {
  printf '%s\n' "$*"
}

# die MESSAGE [HINT]: exit 1 with an error on stderr.
die() {
  printf 'error: %s\n' "$1" >&2
  if [ $# -gt 1 ]; then
    printf 'hint: %s\n' "$2" >&2
  fi
  exit 1
}

usage_error() {
  printf 'error: %s\n' "$1" >&2
  printf "hint: see 'sh install.sh --help'\n" >&2
  exit 2
}

has() {
  command -v "$1" >/dev/null 2>&1
}

# valid_version V: whether V is a semantic version (MAJOR.MINOR.PATCH, optional -pre.release and
# +build), the only shape a release has. A version names directories that are replaced and
# removed, so nothing else may pass: no blank, no glob, no slash, no '..'.
valid_version() {
  case $1 in
    '' | *[!0-9A-Za-z.+-]*) return 1 ;;
  esac
  printf '%s\n' "$1" | grep -Eq \
    '^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$'
}

# ---------------------------------------------------------------------------------------- system

# Sets os, arch, and platform: the suffix of this machine's self-contained archive (linux-x64,
# macos-arm64, ...), empty where there is none.
detect_platform() {
  os=$(uname -s)
  case $os in
    Linux) ;;
    Darwin) os=macOS ;;
    *) die "unsupported operating system: $os" "tasker-cli installs on Linux and macOS" ;;
  esac
  arch=$(uname -m)
  case $arch in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) say "note: untested architecture $arch; tasker-cli runs wherever Java 17 does" ;;
  esac
  platform=$(platform_of "$os" "$arch")
}

# platform_of OS ARCH: the archive suffix for OS (Linux, macOS, Darwin) and ARCH (x86_64, amd64,
# arm64, aarch64), or nothing.
platform_of() {
  case $1 in
    Linux) p=linux ;;
    macOS | Darwin) p=macos ;;
    *) return 0 ;;
  esac
  case $2 in
    x86_64 | amd64) printf '%s-x64' "$p" ;;
    arm64 | aarch64) printf '%s-arm64' "$p" ;;
  esac
}

java_hint() {
  {
    echo "hint: tasker-cli needs Java 17 or newer. To get it:"
    if [ "$os" = macOS ]; then
      echo "  brew install openjdk@17"
    else
      echo "  Debian/Ubuntu:  sudo apt-get install openjdk-17-jre-headless"
      echo "  Fedora/RHEL:    sudo dnf install java-17-openjdk-headless"
    fi
    echo "  any system:     SDKMAN! (https://sdkman.io): sdk install java 17.0.15-tem"
    echo "Then run this installer again (or pass --no-java-check to install anyway)."
    if [ -n "$platform" ] && [ -z "$from" ]; then
      echo "Or install tasker-cli-<version>-$platform.tar.gz, which brings its own Java (drop --portable)."
    fi
  } >&2
}

check_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java=$JAVA_HOME/bin/java
  elif has java; then
    java=java
  else
    printf 'error: no Java found: JAVA_HOME is not set and java is not on PATH\n' >&2
    java_hint
    exit 1
  fi
  java_version=$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | sed -n 1p)
  case $java_version in
    1.*) major=${java_version#1.} ;;
    *) major=$java_version ;;
  esac
  major=${major%%[!0-9]*}
  if [ -z "$major" ]; then
    printf 'error: cannot tell the version of %s\n' "$java" >&2
    java_hint
    exit 1
  fi
  if [ "$major" -lt 17 ]; then
    printf 'error: %s is Java %s; tasker-cli needs 17 or newer\n' "$java" "$java_version" >&2
    java_hint
    exit 1
  fi
  java_found="Java $java_version"
}

# The portable archive needs Java 17+: checked once, before anything is installed, unless
# --no-java-check.
check_java_for_portable() {
  if [ -z "$no_java" ] && [ -z "$java_found" ]; then
    check_java
  fi
}

# ------------------------------------------------------------------------------------ downloads

download() {
  if has curl; then
    curl -fsSL --retry 2 -o "$2" "$1"
  elif has wget; then
    wget -q -O "$2" "$1"
  else
    die "neither curl nor wget is installed" "install one, or download the archive and use --from FILE"
  fi
}

latest_version() {
  url=
  if has curl; then
    url=$(curl -fsSLI -o /dev/null -w '%{url_effective}' "$REPO_URL/releases/latest") || url=
  elif has wget; then
    url=$(wget -S --spider "$REPO_URL/releases/latest" 2>&1 \
      | sed -n 's/^ *[Ll]ocation: *\([^ ]*\).*/\1/p' | tail -n 1) || url=
  else
    die "neither curl nor wget is installed" "install one, or download the archive and use --from FILE"
  fi
  tag=${url##*/tag/}
  case $url in
    */tag/?*) version=${tag#v} ;;
    *) die "cannot find the latest release at $REPO_URL/releases" "pass --version VERSION" ;;
  esac
  valid_version "$version" \
    || die "the latest release tag '$tag' is not a semantic version" "pass --version VERSION"
}

sha256_of() {
  if has sha256sum; then
    sha256sum <"$1" | cut -d ' ' -f 1
  elif has shasum; then
    shasum -a 256 <"$1" | cut -d ' ' -f 1
  elif has openssl; then
    openssl dgst -sha256 <"$1" | sed 's/.*= *//'
  else
    die "no sha256sum, shasum or openssl to check the download with"
  fi
}

# verify ARCHIVE SUMFILE: the archive's sha256 must be the first word of SUMFILE.
verify() {
  expected=$(sed -n '1s/^\([0-9a-fA-F]\{64\}\).*/\1/p' "$2" | tr 'A-F' 'a-f')
  if [ -z "$expected" ]; then
    die "$2 holds no sha256" "it should read '<64 hex digits>  <file name>'"
  fi
  actual=$(sha256_of "$1")
  if [ "$actual" != "$expected" ]; then
    die "checksum mismatch for $1: expected $expected, got $actual" \
      "the archive is corrupt or was tampered with; nothing was changed"
  fi
}

# -------------------------------------------------------------------------------------- prefix

# ensure_dir DIR: creates DIR and its missing parents, remembering each one created.
ensure_dir() {
  if [ -d "$1" ]; then
    return 0
  fi
  ensure_dir "$(dirname "$1")"
  mkdir "$1" || die "cannot create $1"
  created_dirs="$created_dirs$1
"
}

# The ../ that lead from the directory of prefix-relative path $1 back to the prefix.
up_path() {
  rest=$1
  up=
  while :; do
    case $rest in
      */*) up=../$up rest=${rest#*/} ;;
      *) break ;;
    esac
  done
  printf '%s' "$up"
}

link_target() {
  printf '%slib/tasker-cli/current/%s' "$(up_path "$1")" "$1"
}

# replace_link TARGET LINK: points LINK at TARGET in one rename, so LINK never goes missing.
replace_link() {
  tmp_link="$2.new.$$"
  rm -f "$tmp_link"
  ln -s "$1" "$tmp_link"
  # Plain 'mv' would move the new link into the directory an old link points to.
  if mv -T "$tmp_link" "$2" 2>/dev/null || mv -h "$tmp_link" "$2" 2>/dev/null; then
    return 0
  fi
  rm -f "$2"
  mv "$tmp_link" "$2"
}

read_manifest() {
  old_dirs=
  old_versions=
  if [ -f "$manifest" ]; then
    while read -r kind path; do
      case $kind in
        dir) old_dirs="$old_dirs$path
" ;;
        version)
          # Only ever a version this script wrote; anything else is never removed.
          if valid_version "$path"; then
            old_versions="$old_versions$path
"
          fi
          ;;
      esac
    done <"$manifest"
  fi
}

write_manifest() {
  {
    echo "# tasker-cli install manifest, written by install.sh: what it created under"
    echo "# $prefix. 'sh install.sh --uninstall --prefix $prefix' removes exactly this."
    printf '%s' "$old_dirs$created_dirs" | while read -r path; do
      [ -n "$path" ] && echo "dir $path"
    done
    echo "version $version"
    printf '%s\n' "$LINKS" | while read -r rel; do
      echo "link $prefix/$rel"
    done
  } >"$manifest.new.$$"
  mv -f "$manifest.new.$$" "$manifest"
}

lock() {
  if [ ! -w "$libroot" ]; then
    die "cannot write to $libroot" "choose a --prefix you can write to"
  fi
  if ! mkdir "$libroot/.lock" 2>/dev/null; then
    die "another install.sh is working on $prefix" "if none is, remove $libroot/.lock"
  fi
  locked=1
}

cleanup() {
  status=$?
  [ -n "$staging" ] && rm -rf "$staging"
  [ -n "$download_dir" ] && rm -rf "$download_dir"
  [ -n "$compose_dir" ] && rm -rf "$compose_dir"
  [ -n "$locked" ] && rmdir "$libroot/.lock" 2>/dev/null
  if [ "$status" -ne 0 ] && [ -z "$committed" ] && [ -n "$created_dirs" ]; then
    # A failed first install leaves no empty directories behind.
    printf '%s' "$created_dirs" | sed '1!G;h;$!d' | while read -r path; do
      rmdir "$path" 2>/dev/null || true
    done
  fi
  exit "$status"
}

# check_layout ARCHIVE: sets top and archive_version, or dies. A release archive holds one top
# folder tasker-cli-<semantic version>/ and, under it, only regular files and directories: no
# member outside it, no '..', no link, device or FIFO. Checked before anything is unpacked.
check_layout() {
  names=$(tar -tzf "$1" 2>/dev/null) || die "cannot read $1" "is it a tasker-cli-<version>.tar.gz?"
  top=$(printf '%s\n' "$names" | sed -n '1s|/.*||p')
  case $top in
    tasker-cli-?*) ;;
    *) die "$1 is not a tasker-cli release archive (no top folder tasker-cli-<version>/)" ;;
  esac
  archive_version=${top#tasker-cli-}
  valid_version "$archive_version" \
    || die "$1 is not a tasker-cli release archive: its top folder names no semantic version" \
      "release archives hold tasker-cli-MAJOR.MINOR.PATCH/; nothing was changed"
  if ! printf '%s\n' "$names" \
    | awk -v top="$top" '$0 != top && $0 != top "/" && index($0, top "/") != 1 { bad = 1 }
        /(^|\/)\.\.(\/|$)/ { bad = 1 } END { exit bad }'; then
    die "$1 is not a tasker-cli release archive: it holds files outside $top/" \
      "nothing was changed"
  fi
  if tar -tvzf "$1" | cut -c 1 | grep -qv '^[-d]$'; then
    die "$1 is not a tasker-cli release archive: it holds links or special files" \
      "nothing was changed"
  fi
  # A self-contained archive brings its runtime, which must be for this machine.
  kind=portable
  if printf '%s\n' "$names" | grep -qx "$top/runtime/bin/java"; then
    kind=self-contained
    runtime_release=$(tar -xzOf "$1" "$top/runtime/release" 2>/dev/null) || runtime_release=
    runtime_platform=$(platform_of \
      "$(printf '%s\n' "$runtime_release" | sed -n 's/^OS_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p')" \
      "$(printf '%s\n' "$runtime_release" | sed -n 's/^OS_ARCH="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p')")
    if [ -z "$runtime_platform" ] || [ "$runtime_platform" != "$platform" ]; then
      die "$1 brings a Java runtime for ${runtime_platform:-an unknown platform}, not for this ${platform:-$os $arch} machine" \
        "install the portable tasker-cli-$archive_version.tar.gz (it needs Java 17+); nothing was changed"
    fi
  fi
}

# ------------------------------------------------------------------------------------- install

install_release() {
  # Refuse before touching anything when a path we link is someone else's.
  while read -r rel; do
    path=$prefix/$rel
    if [ -e "$path" ] || [ -h "$path" ]; then
      if [ ! -h "$path" ] || [ "$(ls -ld "$path" | sed 's/.* -> //')" != "$(link_target "$rel")" ]; then
        die "$path exists and was not installed by this script" \
          "remove it, or install with another --prefix"
      fi
    fi
  done <<LINKS_END
$LINKS
LINKS_END

  if [ -n "$from" ]; then
    [ -f "$from" ] || die "no such archive: $from"
    archive=$from
    if [ -f "$from.sha256" ]; then
      verify "$archive" "$from.sha256"
      say "checksum of $from: ok"
    else
      say "note: no $from.sha256 beside the archive; its checksum is not checked"
    fi
  else
    [ -n "$version" ] || latest_version
    base=${TASKER_CLI_DOWNLOAD_BASE:-$REPO_URL/releases/download/v$version}
    download_dir=$(mktemp -d 2>/dev/null || echo "${TMPDIR:-/tmp}/tasker-cli-install.$$")
    mkdir -p "$download_dir"
    file=
    if [ -n "$platform" ] && [ -z "$portable" ]; then
      file=tasker-cli-$version-$platform.tar.gz
      say "downloading tasker-cli $version for $platform from $base"
      if ! download "$base/$file" "$download_dir/$file" 2>/dev/null; then
        say "note: release $version has no $file; taking the portable archive (it needs Java 17+)"
        file=
      fi
    fi
    if [ -z "$file" ]; then
      file=tasker-cli-$version.tar.gz
      check_java_for_portable
      say "downloading tasker-cli $version from $base"
      download "$base/$file" "$download_dir/$file" \
        || die "cannot download $base/$file" "is $version a released version?"
    fi
    archive=$download_dir/$file
    download "$base/$file.sha256" "$archive.sha256" || die "cannot download $base/$file.sha256"
    verify "$archive" "$archive.sha256"
  fi

  check_layout "$archive"
  if [ -n "$version" ] && [ "$version" != "$archive_version" ]; then
    die "$archive holds version $archive_version, not $version"
  fi
  version=$archive_version
  if [ "$kind" = portable ]; then
    check_java_for_portable
  fi

  ensure_dir "$libroot"
  lock
  read_manifest

  # Unpack beside the final place, so moving it there is a rename.
  staging=$libroot/.staging.$$
  mkdir "$staging"
  tar -xzf "$archive" -C "$staging" || die "cannot unpack $archive"
  [ "$(ls -A "$staging")" = "$top" ] || die "$archive did not unpack into $top/ alone"
  unpacked=$staging/$top
  [ -x "$unpacked/bin/tasker-cli" ] && [ -f "$unpacked/lib/tasker-cli.jar" ] \
    || die "$archive lacks bin/tasker-cli or lib/tasker-cli.jar"

  # Into place. The same version again: the old copy steps aside first and goes after the switch.
  if [ -e "$libroot/$version" ]; then
    mv "$libroot/$version" "$staging/previous"
  fi
  if ! mv "$unpacked" "$libroot/$version"; then
    [ -e "$staging/previous" ] && mv "$staging/previous" "$libroot/$version"
    die "cannot move the new version into $libroot/$version"
  fi
  replace_link "$version" "$libroot/current"
  committed=1

  printf '%s' "$old_versions" | while read -r old; do
    if [ "$old" != "$version" ] && valid_version "$old"; then
      rm -rf "${libroot:?}/$old"
    fi
  done

  while read -r rel; do
    ensure_dir "$(dirname "$prefix/$rel")"
    replace_link "$(link_target "$rel")" "$prefix/$rel"
  done <<LINKS_END
$LINKS
LINKS_END
  write_manifest

  # The first run of the portable archive writes the start-up cache that makes later starts
  # faster; a self-contained archive brings its own.
  if [ "$kind" = portable ] && [ -z "$no_java" ]; then
    "$prefix/bin/tasker-cli" plugin list >/dev/null 2>&1 || true
  fi

  if [ "$kind" = self-contained ]; then
    say "installed tasker-cli $version ($platform, with its own Java runtime) in $libroot/$version"
  else
    say "installed tasker-cli $version ($os $arch, portable: runs on ${java_found:-Java 17+}) in $libroot/$version"
  fi
  say "  $prefix/bin/tasker-cli"
  case ":${PATH:-}:" in
    *":$prefix/bin:"*) ;;
    *)
      say ""
      say "$prefix/bin is not on your PATH. Add this line to ~/.profile (or ~/.bashrc, ~/.zshrc):"
      say "  export PATH=\"$prefix/bin:\$PATH\""
      ;;
  esac
  say ""
  say "Completions: bash-completion finds $prefix/share/bash-completion/completions/tasker-cli"
  say "for the prefixes ~/.local and /usr/local (elsewhere: source it from ~/.bashrc); for zsh add"
  say "fpath=($prefix/share/zsh/site-functions \$fpath) before compinit in ~/.zshrc."
  say "Manual: man tasker-cli ($prefix/share/man/man1/tasker-cli.1)."
}

# ------------------------------------------------------------------------------- after install

# run_init: 'tasker-cli init NAME --language L' in the current directory. On a terminal it may ask
# for what it needs, even when this script itself reads from a pipe (curl | sh): its input is then
# the terminal. Without one it never asks (--no-input).
run_init() {
  say ""
  say "tasker-cli init $init_name --language $init_language"
  if [ -t 1 ] && (exec </dev/tty) 2>/dev/null; then
    "$prefix/bin/tasker-cli" init "$init_name" --language "$init_language" </dev/tty || init_status=$?
  else
    "$prefix/bin/tasker-cli" init "$init_name" --language "$init_language" --no-input </dev/null \
      || init_status=$?
  fi
  if [ "${init_status:-0}" -ne 0 ]; then
    printf "error: tasker-cli is installed, but 'tasker-cli init %s' failed (exit %s; its message is above)\n" \
      "$init_name" "$init_status" >&2
    exit "$init_status"
  fi
}

# render_compose: the compose template rendered by the installed CLI into a scratch directory,
# once for each messaging backend, so that every image any project's compose file names is there.
render_compose() {
  compose_dir=$(mktemp -d 2>/dev/null || echo "${TMPDIR:-/tmp}/tasker-cli-compose.$$")
  mkdir -p "$compose_dir"
  for messaging in pgmq rabbitmq; do
    # From the scratch directory: no project configuration of the current directory applies.
    (cd "$compose_dir" && "$prefix/bin/tasker-cli" template generate docker_compose \
      --messaging "$messaging" -o "$compose_dir/$messaging" --no-input --quiet </dev/null >/dev/null) \
      || die "tasker-cli is installed, but cannot render its compose template (its message is above)" \
        "run 'tasker-cli template generate docker_compose --dry-run' to see why"
  done
}

# compose_images: the images the rendered compose files name, one a line, each once. Only names
# made of the characters of image references are kept: they go to docker as arguments.
compose_images() {
  find "$compose_dir" -type f -name '*.yml' | while IFS= read -r file; do
    sed -n 's/^[[:space:]]*image:[[:space:]]*["'"'"']\{0,1\}\([^"'"'"'[:space:]]*\).*$/\1/p' "$file"
  done | grep -E '^[A-Za-z0-9][A-Za-z0-9._/:@-]*$' | sort -u
}

# pull_images: 'docker pull' of each image of the compose template, when docker is installed.
pull_images() {
  say ""
  if ! has docker; then
    say "note: docker is not installed (no 'docker' on PATH): no images pulled."
    say "  Install Docker (https://docs.docker.com/get-docker/), then run this installer again with"
    say "  --with-docker, or 'docker compose -f docker-compose.tasker.yml pull' in a project."
    return 0
  fi
  render_compose
  images=$(compose_images)
  [ -n "$images" ] || die "found no images in the compose template" "is the ops plugin installed?"
  failed=
  for image in $images; do
    say "docker pull $image"
    docker pull "$image" || failed="$failed $image"
  done
  if [ -n "$failed" ]; then
    die "tasker-cli is installed, but docker could not pull:$failed" \
      "is the Docker daemon running, and can it reach the registries? Then run 'docker pull IMAGE'"
  fi
  say "pulled the images of the compose file:$(printf ' %s' $images)"
}

uninstall_release() {
  if [ ! -f "$manifest" ]; then
    say "tasker-cli is not installed under $prefix (no $manifest); nothing to do"
    return 0
  fi
  lock
  dirs=
  while read -r kind path; do
    case $kind in
      link)
        case $path in "$prefix"/*) ;; *) continue ;; esac
        if [ -h "$path" ] \
          && [ "$(ls -ld "$path" | sed 's/.* -> //')" = "$(link_target "${path#"$prefix"/}")" ]; then
          rm -f "$path"
        elif [ -e "$path" ] || [ -h "$path" ]; then
          say "note: kept $path: it is no longer the link this script made"
        fi
        ;;
      version)
        valid_version "$path" || continue
        rm -rf "${libroot:?}/$path"
        ;;
      dir) dirs="$path
$dirs" ;;
    esac
  done <"$manifest"
  rm -f "$libroot/current" "$manifest"
  rm -rf "$libroot"/.staging.*
  rmdir "$libroot/.lock"
  locked=
  # Newest first, so a parent comes after its children; a directory that is not empty stays.
  printf '%s' "$dirs" | while read -r path; do
    case $path in "$prefix" | "$prefix"/*) rmdir "$path" 2>/dev/null || true ;; esac
  done
  say "uninstalled tasker-cli from $prefix"
}

main() {
  prefix=
  version=
  from=
  action=install
  no_java=
  portable=
  java_found=
  platform=
  kind=
  with_docker=
  init_name=
  init_language=
  compose_dir=
  staging=
  download_dir=
  locked=
  committed=
  created_dirs=
  while [ $# -gt 0 ]; do
    case $1 in
      --prefix | --version | --from | --init | --language)
        [ $# -ge 2 ] && [ -n "$2" ] || usage_error "$1 needs a value"
        case $1 in
          --prefix) prefix=$2 ;;
          --version) version=${2#v} ;;
          --from) from=$2 ;;
          --init) init_name=$2 ;;
          --language) init_language=$2 ;;
        esac
        shift 2
        ;;
      --init=*) init_name=${1#*=}; shift ;;
      --language=*) init_language=${1#*=}; shift ;;
      --portable) portable=1; shift ;;
      --with-docker) with_docker=1; shift ;;
      --prefix=*) prefix=${1#*=}; shift ;;
      --version=*) version=${1#*=}; version=${version#v}; shift ;;
      --from=*) from=${1#*=}; shift ;;
      --uninstall) action=uninstall; shift ;;
      --no-java-check) no_java=1; shift ;;
      -h | --help) usage; exit 0 ;;
      *) usage_error "unknown option '$1'" ;;
    esac
  done
  if [ -n "$version" ] && ! valid_version "$version"; then
    usage_error "--version '$version' is not a semantic version (e.g. 0.2.0)"
  fi
  if [ -n "$init_name" ] && [ -z "$init_language" ]; then
    usage_error "--init needs --language (ruby, python, typescript or rust)"
  fi
  if [ -z "$init_name" ] && [ -n "$init_language" ]; then
    usage_error "--language goes with --init NAME"
  fi
  if [ "$action" = uninstall ] && [ -n "$init_name$with_docker" ]; then
    usage_error "--init and --with-docker go with an install, not --uninstall"
  fi
  if [ -z "$prefix" ]; then
    [ -n "${HOME:-}" ] || die "HOME is not set" "pass --prefix DIR"
    prefix=$HOME/.local
  fi
  case $prefix in
    /*) ;;
    *) prefix=$(pwd)/$prefix ;;
  esac
  while :; do
    case $prefix in
      ?*/) prefix=${prefix%/} ;;
      *) break ;;
    esac
  done
  case $from in
    '' | /*) ;;
    *) from=$(pwd)/$from ;;
  esac
  libroot=$prefix/lib/tasker-cli
  manifest=$libroot/.installed
  trap cleanup EXIT
  trap 'exit 130' INT TERM

  if [ "$action" = uninstall ]; then
    uninstall_release
    return
  fi
  detect_platform
  install_release
  if [ -n "$init_name" ]; then
    run_init
  fi
  if [ -n "$with_docker" ]; then
    pull_images
  fi
}

main "$@"
