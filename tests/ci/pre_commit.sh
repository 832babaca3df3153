#!/usr/bin/env bash
# The pre-commit hooks of .pre-commit-hooks.yaml, run by pre-commit itself on a throw-away content
# repository: a staged change in a clean pack passes, one in a pack with error findings fails
# (and reports findings from files that were not staged: the pack is scanned whole), a change
# outside Packs/ skips the hook. Offline: language: system installs nothing, the hook repository
# is a local clone made here. The packaudit under test is first on PATH.
# Usage: pre_commit.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$1 src=$2
command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (ci/bootstrap installs it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Isolated from the user's and the machine's git and pre-commit settings.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$tmp/gitconfig"
export GIT_AUTHOR_NAME=packaudit GIT_AUTHOR_EMAIL=packaudit@example.com
export GIT_COMMITTER_NAME=packaudit GIT_COMMITTER_EMAIL=packaudit@example.com
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
unset PRE_COMMIT_COLOR SKIP
printf '[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n' >"$GIT_CONFIG_GLOBAL"
mkdir -p "$tmp/bin"
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/bin/packaudit"
export PATH="$tmp/bin:$PATH"

# The hook repository: only the manifest, committed in a repository of the test's own.
hooks="$tmp/hooks"
git init -q "$hooks"
cp "$src/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -q -m hooks
rev=$(git -C "$hooks" rev-parse HEAD)

# The content repository: two packs and a config that uses the hooks with a pinned scan date.
repo="$tmp/content"
mkdir -p "$repo/Packs"
cp -R "$src/fixtures/packs/AcmeThreatIntel" "$src/fixtures/packs/LegacyPhishTools" "$repo/Packs/"
printf '# Content\n' >"$repo/README.md"
cat >"$repo/.pre-commit-config.yaml" <<CONFIG
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: packaudit
        args: [--today, "2026-01-15"]
      - id: packaudit-strict
        args: [--today, "2026-01-15"]
        stages: [manual]
CONFIG
git init -q "$repo"
git -C "$repo" add -A
git -C "$repo" commit -q -m content

# hook NAME WANT HOOK_ID [pre-commit run args...]: runs the hook on the staged files.
hook() {
  local name=$1 want=$2 id=$3
  shift 3
  (cd "$repo" && pre-commit run "$id" "$@") >"$tmp/$name.log" 2>&1
  local got=$?
  if [[ $got != "$want" ]]; then
    fail "$name: pre-commit exit $got, want $want"
    sed -n 1,40p "$tmp/$name.log"
  else
    echo "ok: $name (exit $got)"
  fi
}
expect_log() {  # expect_log NAME PATTERN
  grep -Eq -- "$2" "$tmp/$1.log" || { fail "$1: output does not match '$2'"; sed -n 1,40p "$tmp/$1.log"; }
}
reset_index() { git -C "$repo" reset -q --hard; }

# 1. A staged change in the clean pack passes.
echo "More about the feed." >>"$repo/Packs/AcmeThreatIntel/README.md"
git -C "$repo" add Packs/AcmeThreatIntel/README.md
hook clean 0 packaudit
expect_log clean 'packaudit\.+Passed'
hook clean-strict 0 packaudit-strict --hook-stage manual
reset_index

# 2. A staged release note of the poor pack fails, with findings from its other files.
echo "- Fixed a typo." >>"$repo/Packs/LegacyPhishTools/ReleaseNotes/1_2_0.md"
git -C "$repo" add Packs/LegacyPhishTools/ReleaseNotes/1_2_0.md
hook bad 1 packaudit
expect_log bad 'packaudit\.+Failed'
expect_log bad 'Packs/LegacyPhishTools/Integrations/PhishHunter/PhishHunter\.py:[0-9]+:[0-9]+: error SEC009'
expect_log bad 'Gate: FAILED'
reset_index

# 3. Both packs staged: the poor one fails the commit; each pack is scanned once.
echo "More." >>"$repo/Packs/AcmeThreatIntel/README.md"
echo "# x" >>"$repo/Packs/LegacyPhishTools/Integrations/PhishHunter/PhishHunter.py"
git -C "$repo" add -A
hook both 1 packaudit
expect_log both 'in 2 packs'
reset_index

# 4. A change outside Packs/ does not run the hook.
echo "More." >>"$repo/README.md"
git -C "$repo" add README.md
hook outside 0 packaudit
expect_log outside 'packaudit\.+\(no files to check\)Skipped'
reset_index

# 5. try-repo, the way a hook is tried before it is added to a config: the files named on the
#    command line widen to their packs too. (try-repo takes no args, so the scan date is not
#    pinned: only the poor pack, whose errors do not depend on the date, is tried.)
(cd "$repo" && pre-commit try-repo "$hooks" packaudit --files Packs/LegacyPhishTools/pack_metadata.json) \
  >"$tmp/try-bad.log" 2>&1
got=$?
[[ $got == 1 ]] || { fail "try-repo on the poor pack: exit $got, want 1"; sed -n 1,40p "$tmp/try-bad.log"; }
expect_log try-bad 'error SEC003'
if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "ok: pre-commit hooks"
