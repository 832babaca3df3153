#!/usr/bin/env bash
# Diff-aware scans (`scan --changed-since REF`) on temporary git repositories built here with the
# git program: only the touched packs are scanned (the scope note says how many and why), the
# version-bump rules (REL003, REL004, ADOPT008) compare with REF, and errors exit 2 with a clear
# message (REF not resolvable, not a repository, a path outside the repository, a shallow clone
# without the base).
# Usage: changed_since.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git() { command git -c init.defaultBranch=main -c user.name=t -c user.email=t@example.com \
  -c commit.gpgsign=false "$@"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

run() {  # run WANT_EXIT DESCRIPTION -- ARGS... (in the current folder)
  local want=$1 what=$2
  shift 3
  "$bin" scan --no-config --today 2026-01-15 "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [[ $got != "$want" ]]; then
    fail "$what: exit $got, want $want"; cat "$tmp/out" "$tmp/err"
  else
    echo "ok: $what (exit $got)"
  fi
}
has() {  # has FILE PATTERN: FILE matches the extended regex
  grep -Eq -- "$2" "$1" || { fail "$1 does not match '$2':"; cat "$1"; }
}
hasnt() {
  ! grep -Eq -- "$2" "$1" || { fail "$1 matches '$2':"; cat "$1"; }
}

# A minimal pack: mkpack DIR NAME VERSION [SUPPORT]
mkpack() {
  local dir=$1 name=$2 version=$3 support=${4:-community}
  mkdir -p "$dir/Integrations/$name" "$dir/ReleaseNotes"
  cat >"$dir/pack_metadata.json" <<JSON
{
    "name": "$name",
    "description": "Enriches indicators with $name.",
    "support": "$support",
    "currentVersion": "$version",
    "author": "Foo Labs",
    "created": "2024-01-10T00:00:00Z",
    "categories": ["Data Enrichment & Threat Intelligence"],
    "marketplaces": ["xsoar"]
}
JSON
  printf '# %s\n\nEnriches indicators with %s.\n' "$name" "$name" >"$dir/README.md"
  cat >"$dir/Integrations/$name/$name.yml" <<YAML
commonfields:
  id: $name
  version: -1
name: $name
display: $name Intel
category: Data Enrichment & Threat Intelligence
description: Looks up indicators.
script:
  script: ''
  type: python
  subtype: python3
  dockerimage: demisto/python3:3.10.13.87159
fromversion: 6.10.0
YAML
  printf 'def main():\n    return 1\n' >"$dir/Integrations/$name/$name.py"
}
bump() {  # bump DIR FROM TO
  sed -i "s/\"currentVersion\": \"$2\"/\"currentVersion\": \"$3\"/" "$1/pack_metadata.json"
}

# --- A repository of many packs: only the touched ones are scanned -------------------------------
repo=$tmp/content
mkdir -p "$repo/Packs" "$repo/Tools"
for name in Alpha Bravo Charlie Delta Echo Foxtrot; do mkpack "$repo/Packs/$name" "$name" 1.0.0; done
cp -r "$src/fixtures/packs/content/Packs/." "$repo/Packs/"
echo "print('build')" >"$repo/Tools/build.py"
(cd "$repo" && git init -q && git add -A && git commit -q -m base) || exit 1
total=$(find "$repo/Packs" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "# Alpha changed" >>"$repo/Packs/Alpha/README.md"                       # README only
printf 'def main():\n    return 2\n' >"$repo/Packs/Bravo/Integrations/Bravo/Bravo.py"  # code
echo "- Added." >"$repo/Packs/Bravo/ReleaseNotes/extra.txt"                  # untracked
rm -r "$repo/Packs/Charlie"                                                   # deleted pack
echo "print('build 2')" >"$repo/Tools/build.py"                               # outside packs
(cd "$repo" && git add -A && git commit -q -m change) || exit 1

cd "$repo" || exit 1
run 1 "many packs: --changed-since HEAD~1" -- --changed-since HEAD~1 --select REL003,REL004,ADOPT008 \
  --markdown "$tmp/summary.md"
note="Changed since HEAD~1 \([0-9a-f]{7}\): 2 of $((total - 1)) packs scanned: Alpha \(1 changed file\), Bravo \(2\); pack Charlie was deleted, not scanned; 1 changed file outside any pack not scanned\."
has "$tmp/out" "$note"
has "$tmp/summary.md" "2 of $((total - 1)) packs scanned: Alpha .*1 changed file.*, Bravo .*pack Charlie was deleted, not scanned"
has "$tmp/out" "Packs/Bravo/pack_metadata.json:5:.* REL003 "
hasnt "$tmp/out" "Packs/Alpha/.*REL003"
has "$tmp/out" "in 2 packs"
run 1 "JSON report of the same scan" -- --changed-since HEAD~1 --select REL003 --format json
python3 - "$tmp/out" <<'PY' || fail "JSON packs/scope"
import json, sys
doc = json.load(open(sys.argv[1]))
names = sorted(p["name"] for p in doc["packs"])
assert names == ["Alpha", "Bravo"], names
assert any("2 of" in n and "Bravo (2)" in n for n in doc["scope_notes"]), doc["scope_notes"]
PY
run 1 "a path inside one pack limits the scope" -- Packs/Bravo --changed-since HEAD~1 --select REL003
has "$tmp/out" "1 of 1 pack scanned: Bravo \(2 changed files\)"

# Only a file outside every pack changed: nothing to scan, exit 0.
echo "print('build 3')" >"$repo/Tools/build.py"
run 0 "no touched pack" -- --changed-since HEAD --select REL003
has "$tmp/out" "Changed since HEAD \([0-9a-f]{7}\): no pack changed \(0 of $((total - 1)) packs scanned\); nothing scanned; 1 changed file outside any pack not scanned\."
(cd "$repo" && git checkout -q -- Tools/build.py)
run 0 "nothing changed" -- --changed-since HEAD --select REL003
has "$tmp/out" "no file changed; nothing scanned"

# --- A long list of touched packs is cut at 20 names with a count -------------------------------
big=$tmp/big
mkdir -p "$big/Packs"
for i in $(seq -w 1 23); do mkpack "$big/Packs/P$i" "P$i" 1.0.0; done
(cd "$big" && git init -q && git add -A && git commit -q -m base) || exit 1
for i in $(seq -w 1 23); do echo "# more" >>"$big/Packs/P$i/README.md"; done
cd "$big" || exit 1
run 0 "23 touched packs: the note names 20 and counts the rest" -- --changed-since HEAD --select REL003
has "$tmp/out" "23 of 23 packs scanned: P01 \(1 changed file\), P02 \(1\), .*P20 \(1\) and 3 more\."
hasnt "$tmp/out" "P21 \(1\)"
cd "$repo" || exit 1

# --- Version bumps ---------------------------------------------------------------------------------
repo=$tmp/bumps
mkdir -p "$repo/Packs"
mkpack "$repo/Packs/Foo" Foo 1.2.0 xsoar
echo "- Initial." >"$repo/Packs/Foo/ReleaseNotes/1_2_0.md"
(cd "$repo" && git init -q && git add -A && git commit -q -m base && git branch base) || exit 1
cd "$repo" || exit 1
rules=REL003,REL004,ADOPT008
printf 'def main():\n    return 3\n' >Packs/Foo/Integrations/Foo/Foo.py
run 1 "code change without a bump" -- --changed-since base --select $rules
has "$tmp/out" "REL003 Pack content changed since base but currentVersion is 1.2.0"
bump Packs/Foo 1.2.0 1.2.1
run 1 "bump without its release note" -- --changed-since base --select $rules
has "$tmp/out" "REL004 currentVersion was raised from 1.2.0 to 1.2.1 but ReleaseNotes/1_2_1.md is missing"
hasnt "$tmp/out" "REL003"
printf '#### Scripts\n\n##### Other\n\n- Fixed an issue.\n' >Packs/Foo/ReleaseNotes/1_2_1.md
run 1 "release note without the changed item" -- --changed-since base --select $rules
has "$tmp/out" "ReleaseNotes/1_2_1.md:1:.*REL004 integration Foo changed but ReleaseNotes/1_2_1.md has no '##### Foo Intel' entry"
printf '#### Integrations\n\n##### Foo Intel\n\n- Fixed an issue.\n' >Packs/Foo/ReleaseNotes/1_2_1.md
run 0 "bump with its release note" -- --changed-since base --select $rules
git add -A && git commit -q -m release
# Adoption: start note without a bump, then with one.
git branch -f base HEAD
printf 'Note: Support for this pack will be moved to the partner on April 15, 2026.\n\n# Foo\n' >Packs/Foo/README.md
run 1 "adoption note without a bump" -- --changed-since base --select $rules
has "$tmp/out" "README.md:1:.*ADOPT008 The README adoption note changed since base but currentVersion was not raised"
bump Packs/Foo 1.2.1 1.2.2
printf '## Foo\n\n- Started adoption process.\n' >Packs/Foo/ReleaseNotes/1_2_2.md
run 0 "adoption note with a bump and a release note" -- --changed-since base --select $rules
sed -i 's/"support": "xsoar"/"support": "partner"/' Packs/Foo/pack_metadata.json
bump Packs/Foo 1.2.2 1.2.1
run 1 "support change without a bump" -- --changed-since base --select $rules
has "$tmp/out" "pack_metadata.json:4:.*ADOPT008 The pack support level \(xsoar -> partner\)"
git checkout -q -- . && git clean -qfd

# --- Errors: exit 2 with a clear message -----------------------------------------------------------
run 2 "unresolvable revision" -- --changed-since origin/nope
has "$tmp/err" "--changed-since: revision 'origin/nope' cannot be resolved"
has "$tmp/err" "git fetch origin nope"
mkdir -p "$tmp/plain/Packs/Foo"
(cd "$tmp/plain" && run 2 "not a git repository" -- --changed-since HEAD)
has "$tmp/err" "is not inside a git repository"
run 2 "path outside the repository" -- . "$tmp/plain" --changed-since HEAD
has "$tmp/err" "outside the git work tree"

# --- Shallow clone: the base must be fetched -------------------------------------------------------
printf 'def main():\n    return 4\n' >Packs/Foo/Integrations/Foo/Foo.py
git add -A && git commit -q -m "code again"
git branch -f base HEAD~1
clone=$tmp/shallow
command git clone -q --depth=1 --no-single-branch "file://$repo" "$clone" || exit 1
cd "$clone" || exit 1
git branch -q -r -D origin/base 2>/dev/null || true   # as in CI: only the head was fetched
run 2 "shallow clone without the base" -- --changed-since origin/base
has "$tmp/err" "shallow clone"
has "$tmp/err" "git fetch --depth=1 origin base"
git fetch -q --depth=1 origin base:refs/remotes/origin/base || fail "fetch the base"
run 1 "shallow clone with the base fetched" -- --changed-since origin/base --select $rules
has "$tmp/out" "REL003 Pack content changed since origin/base"
has "$tmp/out" "Changed since origin/base \([0-9a-f]{7}\): 1 of 1 pack scanned: Foo \(1 changed file\)"

if [[ $failures -gt 0 ]]; then echo "$failures failure(s)"; exit 1; fi
echo "all changed-since checks passed"
