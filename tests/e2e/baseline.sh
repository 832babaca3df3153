#!/usr/bin/env bash
# Baselines end to end on a copy of the deliberately poor example pack: `baseline write` records
# the current findings (never their matched text); a scan with the baseline passes and reports no
# new finding; a second identical finding is exactly one new one (exit 1); code moved down stays
# unchanged (exit 0); the config file's `baseline` key works like --baseline; a malformed
# baseline is a usage error naming the file.
# Usage: baseline.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cp -r "$src/fixtures/packs/LegacyPhishTools" "$tmp/"
cd "$tmp" || exit 1
py=LegacyPhishTools/Integrations/PhishHunter/PhishHunter.py
common=(--no-config --today 2026-01-15)

# scan_with NAME ARGS...: runs a scan with SARIF into $tmp/NAME.sarif; sets $code, $new, $unchanged.
scan_with() {
  local name=$1
  shift
  "$bin" scan LegacyPhishTools "${common[@]}" --sarif "$tmp/$name.sarif" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  code=$?
  new=$(jq '[.runs[0].results[] | select(.baselineState == "new" and (.suppressions|length) == 0)] | length' "$tmp/$name.sarif" 2>/dev/null)
  unchanged=$(jq '[.runs[0].results[] | select(.baselineState == "unchanged")] | length' "$tmp/$name.sarif" 2>/dev/null)
}
expect() {  # expect NAME CODE NEW [UNCHANGED]
  if [[ $code != "$2" || $new != "$3" || ( -n ${4:-} && $unchanged != "$4" ) ]]; then
    fail "$1: exit $code, $new new, $unchanged unchanged; want exit $2, $3 new${4:+, $4 unchanged}"
    cat "$tmp/$1.err"
  else
    echo "ok: $1 (exit $code, $new new, $unchanged unchanged)"
  fi
}

"$bin" baseline write base.json LegacyPhishTools "${common[@]}" >"$tmp/write.out" 2>"$tmp/write.err"
[[ $? == 0 ]] || { fail "baseline write"; cat "$tmp/write.err"; }
grep -q '^Wrote base.json: ' "$tmp/write.out" || fail "baseline write message: $(cat "$tmp/write.out")"
[[ $(jq -r '.version, .tool' base.json | tr '\n' ' ') == "1 packaudit " ]] || fail "baseline header"
total=$(jq '[.entries[].count] | add' base.json)
[[ $total -gt 3 ]] || fail "baseline holds $total findings"
grep -q 'AKIAJ7Q3EXAMPLE2KZQ4' base.json && fail "the baseline stores a secret"
jq -e '[.entries[].fingerprint | test("^[0-9a-f]{16}$")] | all' base.json >/dev/null || fail "fingerprints"
# Deterministic: writing again gives the same bytes.
"$bin" baseline write base2.json LegacyPhishTools "${common[@]}" -j 1 >/dev/null 2>&1
cmp -s base.json base2.json || fail "baseline write is not deterministic"

scan_with plain
[[ $code == 1 ]] || fail "the pack fails without a baseline (exit $code)"
scan_with baselined --baseline base.json
expect baselined 0 0 "$total"

# A second, identical secret: exactly one new finding.
sed -i '4a AWS_ACCESS_KEY_ID_2 = "AKIAJ7Q3EXAMPLE2KZQ4"' "$py"
scan_with duplicate --baseline base.json
expect duplicate 1 1
jq -r '.runs[0].results[] | select(.baselineState == "new" and (.suppressions|length) == 0) | .ruleId' "$tmp/duplicate.sarif" | grep -qx SEC003 \
  || fail "the new finding is not the duplicated secret"
grep -q 'AKIAJ7Q3EXAMPLE2KZQ4' "$tmp/duplicate.sarif" && fail "SARIF shows the secret"

# Code moved down (the duplicate removed, blank lines added above): still unchanged.
sed -i '5d' "$py"
{ head -n 3 "$py"; printf '\n\n\n'; tail -n +4 "$py"; } > moved.py && mv moved.py "$py"
scan_with moved --baseline base.json
expect moved 0 0 "$total"

# Edited text: the old entry is absent, the edited finding new.
sed -i 's/eval("lambda m: "/eval("lambda msg: "/' "$py"
scan_with edited --baseline base.json
expect edited 1 1
[[ $(jq '.runs[0].properties.baseline.absent' "$tmp/edited.sarif") == 1 ]] \
  || fail "edited: absent is $(jq '.runs[0].properties.baseline.absent' "$tmp/edited.sarif"), want 1"

# The config file's `baseline` key (relative to the config file) works like --baseline.
mkdir -p ci && cp base.json ci/base.json
printf 'baseline = "ci/base.json"\n' > .packaudit.toml
"$bin" scan LegacyPhishTools --today 2026-01-15 --sarif "$tmp/config.sarif" >"$tmp/config.out" 2>"$tmp/config.err"
code=$?
[[ $code == 1 ]] || fail "config baseline: exit $code, want 1 (the edited finding)"
[[ $(jq -r '.runs[0].properties.baseline.file' "$tmp/config.sarif") == "ci/base.json" ]] \
  || fail "config baseline path: $(jq -r '.runs[0].properties.baseline.file' "$tmp/config.sarif")"
rm .packaudit.toml

# Malformed baselines are usage errors naming the file.
printf '{"version": 2, "tool": "packaudit", "entries": []}\n' > bad.json
"$bin" scan LegacyPhishTools "${common[@]}" --baseline bad.json >/dev/null 2>"$tmp/bad.err"
code=$?
[[ $code == 2 ]] || fail "malformed baseline: exit $code, want 2"
grep -q "bad.json:1: version: unsupported baseline version '2' (allowed: 1)" "$tmp/bad.err" \
  || fail "malformed baseline message: $(cat "$tmp/bad.err")"
"$bin" scan LegacyPhishTools "${common[@]}" --baseline missing.json >/dev/null 2>"$tmp/missing.err"
[[ $? == 2 ]] || fail "missing baseline is not exit 2"
grep -q "missing.json: cannot read baseline file" "$tmp/missing.err" || fail "missing baseline message"
"$bin" baseline write >/dev/null 2>&1
[[ $? == 2 ]] || fail "baseline write without FILE is not exit 2"
"$bin" baseline write x.json LegacyPhishTools --sarif y.sarif >/dev/null 2>&1
[[ $? == 2 ]] || fail "baseline write accepts report options"

echo "$failures failure(s)"
[[ $failures == 0 ]]
