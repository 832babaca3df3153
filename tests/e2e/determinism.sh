#!/usr/bin/env bash
# Output is byte-identical for any -j: SARIF, JSON and text of the example packs with -j1 and -j2,
# and across two runs.
# Usage: determinism.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src/fixtures" || exit 1
for j in 1 2 2b; do
  jobs=${j%b}
  "$bin" scan packs hostile --root . -j "$jobs" --sarif "$tmp/$j.sarif" > "$tmp/$j.txt"
  "$bin" scan packs hostile --root . -j "$jobs" --format json > "$tmp/$j.json"
done
status=0
for ext in sarif txt json; do
  cmp "$tmp/1.$ext" "$tmp/2.$ext" || { echo "-j1 and -j2 differ ($ext)"; status=1; }
  cmp "$tmp/2.$ext" "$tmp/2b.$ext" || { echo "two -j2 runs differ ($ext)"; status=1; }
done
[[ $(grep -c '"ruleId"' "$tmp/1.sarif") -gt 5 ]] || { echo "expected findings in the SARIF"; status=1; }
# The example packs hold secrets (SEC003): they must not appear in any output.
for secret in AKIAJ7Q3EXAMPLE2KZQ4 'Tr0ub4dor&3x'; do
  grep -q "$secret" "$src/fixtures/packs" -r || { echo "fixture secret $secret missing"; status=1; }
  if grep -lF "$secret" "$tmp"/1.*; then echo "secret $secret leaked into the output"; status=1; fi
done
grep -q '\[REDACTED\]' "$tmp/1.sarif" || { echo "no redaction token in the SARIF"; status=1; }
exit $status
