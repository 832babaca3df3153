#!/usr/bin/env bash
# Scans a synthetic content repository of a few hundred files (bench/make_corpus.sh): no crash,
# a report for every copy of every pack, and byte-identical SARIF and JSON for -j1 and -j2.
# Usage: corpus.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=$("$src/bench/make_corpus.sh" "$tmp/repo" 10) || exit 1
[[ $files -ge 300 ]] || { echo "corpus too small: $files files"; exit 1; }
cd "$tmp/repo" || exit 1
status=0
for j in 1 2; do
  "$bin" scan . -j "$j" --sarif "$tmp/$j.sarif" --format json > "$tmp/$j.json"
  rc=$?
  [[ $rc == 1 ]] || { echo "-j$j: exit $rc, want 1 (the corpus has defects)"; status=1; }
done
cmp "$tmp/1.sarif" "$tmp/2.sarif" || { echo "SARIF differs between -j1 and -j2"; status=1; }
cmp "$tmp/1.json" "$tmp/2.json" || { echo "JSON differs between -j1 and -j2"; status=1; }
packs=$(jq '.packs | length' "$tmp/1.json")
# per copy: AcmeThreatIntel, LegacyPhishTools, Hostile and every pack of fixtures/packs/content
want_packs=$(( 10 * ($(find "$src/fixtures/packs/content/Packs" -mindepth 1 -maxdepth 1 -type d | wc -l) + 3) ))
[[ $packs == "$want_packs" ]] || { echo "expected $want_packs packs, got $packs"; status=1; }
sec009=$(jq '[.findings[] | select(.rule_id == "SEC009")] | length' "$tmp/1.json")
# per copy: 3 in LegacyPhishTools, 2 in CyberWatch (unified YAML), 2 in Hostile
[[ $sec009 == 70 ]] || { echo "expected 70 SEC009 findings, got $sec009"; status=1; }
echo "$files files, $packs packs, $sec009 SEC009 findings"
exit $status
