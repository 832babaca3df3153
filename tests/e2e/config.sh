#!/usr/bin/env bash
# .packaudit.toml end to end, on copies of the example packs: `packaudit init` writes a starter
# file that changes nothing and is never overwritten without --force; the file is found upward
# from the first scanned path; --no-config and flags win over it; exclude, severity and the
# errors (file:line, allowed values, closest rule id).
# Usage: config.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
mkdir -p "$tmp/repo/Packs"
cp -r "$src/fixtures/packs/LegacyPhishTools" "$src/fixtures/packs/AcmeThreatIntel" "$tmp/repo/Packs/"
cd "$tmp/repo" || exit 1
today=(--today 2026-01-15)

run() {  # run WANT DESCRIPTION ARGS...: packaudit ARGS; stdout in $tmp/out, stderr in $tmp/err
  local want=$1 what=$2
  shift 2
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [[ $got != "$want" ]]; then
    fail "$what: exit $got, want $want"; cat "$tmp/err"
  else
    echo "ok: $what (exit $got)"
  fi
}
expect_err() { grep -Fq -- "$1" "$tmp/err" || fail "stderr lacks '$1': $(cat "$tmp/err")"; }
# The parts of a JSON report a config could change.
essence() { jq -S '{findings, skipped, packs, exit: .summary.exit_code}' "$1"; }

# init: writes, refuses to overwrite, --force overwrites; the file changes nothing.
run 0 "init" init
[[ -f .packaudit.toml ]] || fail "init wrote no .packaudit.toml"
grep -Eq '(^|[[:space:]"'"'"'=[])/[A-Za-z]' .packaudit.toml && fail "starter config holds an absolute path"
run 2 "init again" init .
expect_err ".packaudit.toml already exists (use --force to overwrite it)"
run 0 "init --force" init --force
run 2 "init into a missing folder" init nope
for pack in LegacyPhishTools AcmeThreatIntel; do
  "$bin" scan "Packs/$pack" "${today[@]}" --format json >"$tmp/with.json" 2>/dev/null
  with=$?
  "$bin" scan "Packs/$pack" "${today[@]}" --format json --no-config >"$tmp/without.json" 2>/dev/null
  without=$?
  if [[ $with != "$without" ]] || ! diff <(essence "$tmp/with.json") <(essence "$tmp/without.json") >/dev/null; then
    fail "the starter config changes the scan of $pack (exit $with vs $without)"
  else
    echo "ok: starter config changes nothing for $pack (exit $with)"
  fi
done

# Discovery upward from the first path, --no-config, flags win.
printf 'fail_on = "none"\n' > .packaudit.toml
run 0 "config fail_on none" scan Packs/LegacyPhishTools "${today[@]}"
run 1 "--no-config" scan Packs/LegacyPhishTools "${today[@]}" --no-config
run 1 "--fail-on wins over the file" scan Packs/LegacyPhishTools "${today[@]}" --fail-on error
(cd Packs/LegacyPhishTools/Integrations && "$bin" scan . "${today[@]}" >/dev/null 2>&1)
[[ $? == 0 ]] || fail "config not found from a subfolder"
(cd "$tmp" && "$bin" scan repo/Packs/LegacyPhishTools "${today[@]}" >/dev/null 2>&1)
[[ $? == 0 ]] || fail "config not found above the first path given from outside"
printf 'fail_on = "none"\n' > "$tmp/other.toml"
rm .packaudit.toml
run 0 "--config FILE" scan Packs/LegacyPhishTools "${today[@]}" --config "$tmp/other.toml"
run 2 "--config with --no-config" scan Packs/LegacyPhishTools --config "$tmp/other.toml" --no-config

# exclude: not scanned, recorded as skipped with the config file.
printf 'exclude = ["Packs/LegacyPhishTools/Integrations"]\n' > .packaudit.toml
"$bin" scan Packs/LegacyPhishTools "${today[@]}" --format json >"$tmp/excluded.json" 2>/dev/null
jq -e '[.findings[].path | startswith("Packs/LegacyPhishTools/Integrations")] | any | not' "$tmp/excluded.json" >/dev/null \
  || fail "exclude: excluded files still reported"
[[ $(jq -r '.skipped[] | select(.path == "Packs/LegacyPhishTools/Integrations") | "\(.rule_id) \(.reason)"' "$tmp/excluded.json") \
   == "null excluded by .packaudit.toml" ]] || fail "exclude: not recorded as skipped: $(jq -c .skipped "$tmp/excluded.json")"

# [severity]: an override sets the level (and SARIF's rule level).
printf '[severity]\nSEC003 = "note"\nsecurity = "warning"\n' > .packaudit.toml
"$bin" scan Packs/LegacyPhishTools "${today[@]}" --format json --sarif "$tmp/sev.sarif" >"$tmp/sev.json" 2>/dev/null
[[ $(jq -r '[.findings[] | select(.rule_id == "SEC003") | .level] | unique | join(",")' "$tmp/sev.json") == note ]] \
  || fail "severity: SEC003 is not a note"
[[ $(jq -r '[.findings[] | select(.rule_id == "SEC009") | .level] | unique | join(",")' "$tmp/sev.json") == warning ]] \
  || fail "severity: the security area is not a warning"
[[ $(jq -r '.runs[0].tool.driver.rules[] | select(.id == "SEC003") | .defaultConfiguration.level' "$tmp/sev.sarif") == note ]] \
  || fail "severity: SARIF rule level of SEC003 is not note"

# Config waivers reach the scan (the suppression pass marks the findings).
printf '[[waiver]]\nrules = ["SEC003"]\npaths = ["Packs/LegacyPhishTools/**"]\nreason = "Test key."\n' > .packaudit.toml
run 1 "config waiver loads" scan Packs/LegacyPhishTools "${today[@]}"

# Errors: file, line, key, allowed values; the closest rule id.
printf 'select = ["SEC"]\ncolour = "blue"\n' > .packaudit.toml
run 2 "unknown key" scan Packs/AcmeThreatIntel
expect_err ".packaudit.toml:2: colour: unknown key (allowed: select, ignore, fail_on, rules, max_file_size, exclude, baseline, severity, waiver)"
printf '\nfail_on = "sometimes"\n' > .packaudit.toml
run 2 "bad fail_on" scan Packs/AcmeThreatIntel
expect_err ".packaudit.toml:2: fail_on: not a gate level (allowed: error, warning, note, none)"
printf 'ignore = [\n  "SEC0009",\n]\n' > .packaudit.toml
run 2 "unknown rule id" scan Packs/AcmeThreatIntel
expect_err ".packaudit.toml:2: ignore: unknown rule id or area 'SEC0009' (did you mean SEC009?)"
printf '[[waiver]]\nrules = ["DOC001"]\n' > .packaudit.toml
run 2 "waiver without reason" scan Packs/AcmeThreatIntel
expect_err ".packaudit.toml:1: waiver: missing reason"
printf '[severity]\nSEC003 = "high"\n' > .packaudit.toml
run 2 "bad severity" scan Packs/AcmeThreatIntel
expect_err ".packaudit.toml:2: severity.SEC003: not a severity (allowed: error, warning, note)"
(cd Packs/AcmeThreatIntel && "$bin" scan . >/dev/null 2>"$tmp/err")
grep -Fq "../../.packaudit.toml:2: severity.SEC003" "$tmp/err" || fail "error from a subfolder: $(cat "$tmp/err")"
run 2 "unknown --select" scan Packs/AcmeThreatIntel --no-config --select securty
expect_err "--select: unknown rule id or area 'securty' (did you mean security?)"

echo "$failures failure(s)"
[[ $failures == 0 ]]
