#!/usr/bin/env bash
# Exit-code contract of the CLI: 0 gate passed, 1 findings at or above --fail-on, 2 usage, config
# or rule-file error (with a message naming the file and line).
# Usage: exit_codes.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$1 src=$2
cd "$src/fixtures/packs" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
expect() {  # expect CODE DESCRIPTION -- ARGS...
  local want=$1 what=$2
  shift 3
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [[ $got != "$want" ]]; then
    echo "FAIL: $what: exit $got, want $want"; cat "$tmp/err"; failures=$((failures + 1))
  else
    echo "ok: $what (exit $got)"
  fi
}
expect_err() {  # expect_err PATTERN: stderr of the last command matches
  if ! grep -Eq "$1" "$tmp/err"; then
    echo "FAIL: stderr does not match '$1':"; cat "$tmp/err"; failures=$((failures + 1))
  fi
}
expect 0 "clean partner pack" -- scan AcmeThreatIntel
expect 1 "pack with defects" -- scan LegacyPhishTools
expect 0 "defects below --fail-on none" -- scan LegacyPhishTools --fail-on none
expect 1 "warnings fail with --fail-on warning" -- scan "$src/fixtures/hostile" --select ENG005 --ignore ENG001,ENG004 --fail-on warning
expect 0 "warnings pass with --fail-on error" -- scan "$src/fixtures/hostile" --select ENG005 --ignore ENG001,ENG004,SEC009
expect 2 "unknown option" -- scan --no-such-option
expect 2 "bad --fail-on value" -- scan --fail-on sometimes
expect 2 "missing input" -- scan does-not-exist
expect_err "does-not-exist"
expect 2 "unknown rule in --select" -- scan --select NOPE999 AcmeThreatIntel
expect_err "NOPE999"
expect 2 "input outside --root" -- scan --root AcmeThreatIntel LegacyPhishTools
expect_err "outside the root folder"
expect 2 "no subcommand" --
expect 0 "--version" -- --version
expect 0 "rules list" -- rules list
expect 0 "rules show" -- rules show SEC003
expect 2 "rules show unknown" -- rules show NOPE999

mkdir -p "$tmp/rules"
printf 'id = "X001"\nname = "bad rule"\n' > "$tmp/rules/X001.toml"
expect 2 "invalid rule file" -- scan --rules "$tmp/rules" AcmeThreatIntel
expect_err "X001.toml:2: name: must be kebab-case"
printf 'select = ["SEC"]\ncolour = "blue"\n' > "$tmp/config.toml"
expect 2 "unknown config key" -- scan --config "$tmp/config.toml" AcmeThreatIntel
expect_err "config.toml:2: colour: unknown key"
printf 'fail_on = "none"\n' > "$tmp/ok.toml"
expect 0 "config fail_on none" -- scan --config "$tmp/ok.toml" LegacyPhishTools

# A user rule folder adds rules that run like the embedded ones.
cat > "$tmp/rules/X001.toml" <<'RULE'
id = "X001"
name = "todo-marker"
summary = "A TODO marker is left in code."
area = "custom"
severity = "warning"
certification = "coding-practices"
file_kinds = ["python"]
message = "TODO marker left in code."
rationale = "Unfinished work should not ship."
remediation = "Finish the work or track it elsewhere."
example_bad = "# TODO: fix"
example_good = "# fixed"

[regex]
patterns = ['TODO']
RULE
printf '# TODO: remove\n' > "$tmp/todo.py"
expect 1 "user rule fires" -- scan --rules "$tmp/rules" --select X001 --fail-on warning "$tmp/todo.py"
grep -q "X001" "$tmp/out" || { echo "FAIL: user rule X001 not reported"; failures=$((failures + 1)); }
echo "$failures failure(s)"
[[ $failures == 0 ]]
