#!/usr/bin/env bash
# Each example pack trips exactly its rules: scans fixtures/packs (scan date pinned) and compares,
# per pack, the verdict and the set of rule ids with findings against tests/e2e/pack_rules.txt
# (lines "<pack path> <verdict> [RULE ...]"; '#' comments). Every scanned pack must be listed.
# Usage: pack_rules.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$1 src=$2
cd "$src/fixtures/packs" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" scan . --today 2026-01-15 --format json > "$tmp/scan.json"
[[ $? -le 1 ]] || { echo "scan failed"; exit 1; }
# "<path> <verdict> <sorted unique rule ids>" per scanned pack.
jq -r '
  .findings as $f
  | .packs[]
  | . as $p
  | [$f[] | select(.path | startswith($p.path + "/")) | .rule_id] | unique | join(" ")
  | "\($p.path) \($p.verdict) \(.)" | sub(" +$"; "")' "$tmp/scan.json" | sort > "$tmp/got"
grep -v '^\s*#' "$src/tests/e2e/pack_rules.txt" | grep -v '^\s*$' |
  while read -r path verdict rules; do
    sorted=$(printf '%s\n' $rules | sort -u | tr '\n' ' ' | sed 's/ *$//')
    echo "$path $verdict $sorted" | sed 's/ *$//'
  done | sort > "$tmp/want"
if ! diff -u "$tmp/want" "$tmp/got"; then
  echo "packs trip other rules than tests/e2e/pack_rules.txt declares (- declared, + found)"
  exit 1
fi
echo "ok: $(wc -l < "$tmp/got") packs trip exactly their declared rules"
