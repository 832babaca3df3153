#!/usr/bin/env bash
# Golden test of the Markdown summary (--markdown): scans SCAN_PATH (relative to SOURCE_ROOT)
# with --root fixtures/packs and the scan date pinned to 2026-01-15, and compares the summary with
# tests/e2e/golden/markdown/NAME.md. UPDATE_GOLDEN=1 rewrites the golden file instead.
#
# Usage: markdown_golden.sh PACKAUDIT SOURCE_ROOT NAME SCAN_PATH [--github SERVER REPO SHA]
#                           [-- extra scan args...]
# GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA are cleared for the scan (so the goldens do
# not depend on where the tests run), or set to SERVER, REPO and SHA with --github.
set -uo pipefail
bin=$1 src=$2 name=$3 path=$4
shift 4
github=()
if [[ "${1:-}" == "--github" ]]; then
  github=("GITHUB_SERVER_URL=$2" "GITHUB_REPOSITORY=$3" "GITHUB_SHA=$4")
  shift 4
fi
[[ "${1:-}" == "--" ]] && shift
golden="$src/tests/e2e/golden/markdown/$name.md"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1
env -u GITHUB_SERVER_URL -u GITHUB_REPOSITORY -u GITHUB_SHA "${github[@]}" \
  "$bin" scan "$path" --root fixtures/packs --today 2026-01-15 --markdown "$tmp/$name.md" "$@" \
  > /dev/null
rc=$?
if [[ $rc -gt 1 || ! -f "$tmp/$name.md" ]]; then
  echo "scan failed with exit $rc"
  exit 1
fi
# The gate line agrees with the exit code.
if [[ $rc == 1 ]] && ! grep -q 'Gate failed' "$tmp/$name.md"; then
  echo "exit 1 but the summary does not say the gate failed"
  exit 1
fi
if [[ $rc == 0 ]] && ! grep -q 'Gate passed' "$tmp/$name.md"; then
  echo "exit 0 but the summary does not say the gate passed"
  exit 1
fi
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
  mkdir -p "$(dirname "$golden")"
  cp "$tmp/$name.md" "$golden"
  echo "updated $golden"
  exit 0
fi
if ! diff -u "$golden" "$tmp/$name.md"; then
  echo "golden mismatch for markdown/$name.md (UPDATE_GOLDEN=1 rewrites it)"
  exit 1
fi
