#!/bin/sh
# Verifies a project generated from the ruby plugin's `project` template.
#
#   verify/ruby.sh PROJECT_DIR
#
# Works on a copy of PROJECT_DIR in a temporary directory; the project itself is never modified.
#  1. syntax: `ruby -c` on every .rb file, Gemfile, Rakefile and the Ruby scripts in bin/;
#  2. the task definitions (config/tasks/*.yaml) and docker-compose.tasker.yml, with the checks in verify/;
#  3. the specs as the README runs them, `bundle exec rspec`. rubygems.org is not reachable, so
#     `bundle install` cannot run: this script runs `rspec` (Debian's ruby-rspec) directly, the
#     Gemfile's tasker-rb stays uninstalled and the handler specs skip with their stated reason.
#     Fails when an example fails or when no example ran (all pending or none).
# Needs: ruby, rspec, python3 with PyYAML (Debian: ruby ruby-rspec python3 python3-yaml).
set -eu

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 PROJECT_DIR" >&2
    exit 2
fi
VERIFY_DIR=$(cd "$(dirname "$0")" && pwd)
for tool in ruby rspec python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "verify: $tool not found (Debian: apt-get install -y ruby ruby-rspec python3 python3-yaml)" >&2
        exit 1
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/verify-ruby.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cp -R "$1" "$WORK/project"
cd "$WORK/project"
echo "verify: working on a copy of $1 in $WORK/project"

echo "verify: [1/3] syntax check (ruby -c)"
find . \( -path ./vendor -o -path ./.bundle \) -prune -o -type f -name '*.rb' -print | sort > "$WORK/sources"
for file in Gemfile Rakefile; do
    [ -f "$file" ] && echo "./$file" >> "$WORK/sources"
done
for file in bin/*; do
    [ -f "$file" ] && head -n 1 "$file" | grep -q ruby && echo "./$file" >> "$WORK/sources"
done
count=0
while IFS= read -r file; do
    ruby -c "$file" > /dev/null
    count=$((count + 1))
done < "$WORK/sources"
if [ "$count" -eq 0 ]; then
    echo "verify: no Ruby source files found" >&2
    exit 1
fi
echo "verify: $count Ruby files have valid syntax"

echo "verify: [2/3] task definitions and compose file"
sh "$VERIFY_DIR/check_definitions.sh" .

echo "verify: [3/3] specs, as the README runs them"
echo "verify: not running 'bundle install' (rubygems.org is unreachable): the Gemfile's tasker-rb is not installed, handler specs will be skipped"
echo "verify: running 'rspec' directly instead of 'bundle exec rspec'"
set +e
rspec --no-color > "$WORK/rspec.log" 2>&1
status=$?
set -e
cat "$WORK/rspec.log"
summary=$(grep -E '^[0-9]+ examples?, [0-9]+ failures?' "$WORK/rspec.log" | tail -n 1)
echo "verify: runner summary: ${summary:-<none>}"
examples=$(printf '%s\n' "$summary" | sed -n 's/^\([0-9][0-9]*\) example.*/\1/p')
pending=$(printf '%s\n' "$summary" | sed -n 's/.* \([0-9][0-9]*\) pending.*/\1/p')
examples=${examples:-0}
pending=${pending:-0}
ran=$((examples - pending))
if [ "$status" -ne 0 ]; then
    echo "verify: FAILED (rspec exit status $status)" >&2
    exit 1
fi
if [ "$ran" -le 0 ]; then
    echo "verify: FAILED (no example ran)" >&2
    exit 1
fi
echo "verify: OK ($ran examples ran, $pending pending)"
