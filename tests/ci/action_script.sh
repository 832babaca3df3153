#!/usr/bin/env bash
# The GitHub Action's shell part (ci/github/packaudit-action.sh) outside GitHub: step outputs,
# job summary, category in the SARIF, the gate's exit codes, and that inputs stay data (no
# globbing, no command substitution). First with a stub packaudit that exits as told, then with
# the real binary on the example packs.
# Usage: action_script.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$1 src=$2
script="$src/ci/github/packaudit-action.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A stand-in for packaudit: records its arguments, writes the report files it is asked for and
# exits with $STUB_EXIT.
cat >"$tmp/stub" <<'STUB'
#!/usr/bin/env bash
printf '%s\n' "$@" >"$STUB_ARGS"
while (($#)); do
  case "$1" in
    --github-sarif|--sarif)
      printf '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"packaudit"}},"automationDetails":{"id":"packaudit/Packs/"},"results":[]}]}\n' >"$2"; shift ;;
    --markdown) printf '## packaudit stub summary\n' >"$2"; shift ;;
    --html) printf '<!doctype html>\n' >"$2"; shift ;;
  esac
  shift
done
exit "${STUB_EXIT:-0}"
STUB
chmod +x "$tmp/stub"

# run_action NAME [VAR=VALUE...]: runs the scan command in a fresh work folder with a clean set of
# PA_* variables, then the gate with the exit code it reported. Leaves $out (step outputs),
# $summary, $args (the stub's arguments) and $gate (the gate's exit code).
run_action() {
  local name=$1
  shift
  local dir="$tmp/$name"
  mkdir -p "$dir/workspace" "$dir/out"
  out="$dir/github_output" summary="$dir/step_summary" args="$dir/args"
  : >"$out"
  : >"$summary"
  (
    cd "$dir/workspace" || exit 1
    env -i PATH="$PATH" HOME="$HOME" GITHUB_OUTPUT="$out" GITHUB_STEP_SUMMARY="$summary" \
      GITHUB_JOB=audit RUNNER_TEMP="$dir/out" STUB_ARGS="$args" "$@" bash "$script" scan
  ) >"$dir/log" 2>&1 || fail "$name: the scan command itself failed"
  local code
  code=$(sed -n 's/^exit-code=//p' "$out")
  env -i PATH="$PATH" PA_EXIT="$code" bash "$script" gate >"$dir/gate.log" 2>&1
  gate=$?
}
output_of() { sed -n "s/^$1=//p" "$out"; }
expect_output() {  # expect_output NAME KEY VALUE
  local got
  got=$(output_of "$2")
  [[ "$got" == "$3" ]] || fail "$1: output $2='$got', want '$3'"
}
expect_gate() {
  [[ "$gate" == "$2" ]] || fail "$1: gate exit $gate, want $2"
}
has_arg_pair() { grep -qx -- "$1" "$args" && grep -A1 -x -- "$1" "$args" | tail -n 1 | grep -qx -- "$2"; }

# 1. Gate passed: outputs, summary, packaudit's own category kept, default path '.'.
run_action pass PA_BIN="$tmp/stub" STUB_EXIT=0
expect_output pass exit-code 0
expect_output pass sarif "$tmp/pass/out/packaudit/packaudit-github.sarif"
expect_output pass markdown "$tmp/pass/out/packaudit/packaudit.md"
expect_output pass category packaudit/Packs
expect_gate pass 0
grep -q "stub summary" "$summary" || fail "pass: the Markdown summary is not in the job summary"
[[ $(sed -n 2p "$args") == "." ]] || fail "pass: default path is not '.'"
grep -qx -- "--html" "$args" && fail "pass: --html given without upload-html"

# 2. Findings: gate fails with 1 after the outputs are written; the category input is set in the
#    SARIF (upload-sarif would otherwise keep packaudit's id).
run_action findings PA_BIN="$tmp/stub" STUB_EXIT=1 PA_CATEGORY=my/category PA_FAIL_ON=warning \
  PA_CONFIG=cfg.toml PA_BASELINE=base.json
expect_output findings exit-code 1
expect_output findings category my/category
expect_gate findings 1
grep -q '::error title=packaudit gate failed::' "$tmp/findings/gate.log" || fail "findings: no ::error annotation"
id=$(jq -r '.runs[0].automationDetails.id' "$tmp/findings/out/packaudit/packaudit-github.sarif")
[[ "$id" == "my/category/" ]] || fail "findings: automationDetails.id is '$id', want 'my/category/'"
has_arg_pair --fail-on warning || fail "findings: --fail-on warning not passed"
has_arg_pair --config cfg.toml || fail "findings: --config not passed"
has_arg_pair --baseline base.json || fail "findings: --baseline not passed"

# 3. changed-since: passed on, and the category defaults to packaudit/changed.
run_action changed PA_BIN="$tmp/stub" STUB_EXIT=0 PA_CHANGED_SINCE=origin/main
has_arg_pair --changed-since origin/main || fail "changed: --changed-since not passed"
expect_output changed category packaudit/changed
id=$(jq -r '.runs[0].automationDetails.id' "$tmp/changed/out/packaudit/packaudit-github.sarif")
[[ "$id" == "packaudit/changed/" ]] || fail "changed: automationDetails.id is '$id'"

# 4. Tool error: nothing to upload, a tool-error note in the summary, the gate fails with 2.
run_action toolerror PA_BIN="$tmp/stub" STUB_EXIT=2
expect_output toolerror exit-code 2
expect_output toolerror sarif ""
expect_gate toolerror 2
grep -q "tool error" "$summary" || fail "toolerror: no tool-error note in the job summary"
grep -q '::error title=packaudit tool error::' "$tmp/toolerror/gate.log" || fail "toolerror: no ::error annotation"

# 5. A crash (signal) is a tool error too; so is a missing binary.
run_action crash PA_BIN="$tmp/stub" STUB_EXIT=139
expect_output crash sarif ""
expect_gate crash 2
run_action nobin STUB_EXIT=0
expect_output nobin exit-code 2
expect_gate nobin 2

# 6. Inputs are data: words are split on whitespace only, never globbed or evaluated.
run_action inject PA_BIN="$tmp/stub" STUB_EXIT=0 PA_PATHS='Packs/A $(touch pwned) `touch pwned2`
Packs/*' PA_ARGS='--today 2026-01-15 ;rm *'
[[ -e "$tmp/inject/workspace/pwned" || -e "$tmp/inject/workspace/pwned2" ]] && fail "inject: an input was executed"
grep -qx 'Packs/\*' "$args" || fail "inject: 'Packs/*' was not passed literally"
grep -qx '$(touch' "$args" || fail "inject: '\$(touch' was not passed literally"
grep -qx '\*' "$args" || fail "inject: '*' in args was globbed"
has_arg_pair --today 2026-01-15 || fail "inject: extra args not passed"

# 7. HTML report: written on request, with the artifact name.
run_action html PA_BIN="$tmp/stub" STUB_EXIT=0 PA_HTML=true
grep -qx -- "--html" "$args" || fail "html: --html not passed"
expect_output html html "$tmp/html/out/packaudit/packaudit.html"
expect_output html html-artifact packaudit-report-audit
run_action html2 PA_BIN="$tmp/stub" STUB_EXIT=0 PA_HTML=true PA_HTML_ARTIFACT=report
expect_output html2 html-artifact report

# 8. job-summary false leaves the job summary alone.
run_action nosummary PA_BIN="$tmp/stub" STUB_EXIT=1 PA_JOB_SUMMARY=false
[[ -s "$summary" ]] && fail "nosummary: the job summary was written"

# 9. The real packaudit on the example packs (reports relative to the work folder, as on GitHub).
mkdir -p "$tmp/real/workspace"
cp -R "$src/fixtures/packs/AcmeThreatIntel" "$src/fixtures/packs/LegacyPhishTools" "$tmp/real/workspace/"
run_real() {
  local name=$1
  shift
  mkdir -p "$tmp/$name"
  out="$tmp/$name/github_output" summary="$tmp/$name/step_summary"
  : >"$out"
  : >"$summary"
  (
    cd "$tmp/real/workspace" || exit 1
    env -i PATH="$PATH" HOME="$HOME" GITHUB_OUTPUT="$out" GITHUB_STEP_SUMMARY="$summary" \
      GITHUB_JOB=audit RUNNER_TEMP="$tmp/$name" PA_BIN="$bin" "$@" bash "$script" scan
  ) >"$tmp/$name/log" 2>&1 || fail "$name: the scan command itself failed"
  env -i PATH="$PATH" PA_EXIT="$(output_of exit-code)" bash "$script" gate >"$tmp/$name/gate.log" 2>&1
  gate=$?
}
run_real real-bad PA_PATHS=LegacyPhishTools PA_ARGS="--today 2026-01-15" PA_CATEGORY=packaudit/test
expect_output real-bad exit-code 1
expect_gate real-bad 1
sarif=$(output_of sarif)
if [[ -z "$sarif" ]]; then
  fail "real-bad: no SARIF output"; sed -n 1,20p "$tmp/real-bad/log"
else
  [[ $(jq -r '.runs[0].automationDetails.id' "$sarif") == "packaudit/test/" ]] || fail "real-bad: category not set"
  [[ $(jq '.runs[0].results | length' "$sarif") -gt 0 ]] || fail "real-bad: no results in the SARIF"
  jq -e '[.runs[0].results[].locations[0].physicalLocation.artifactLocation.uri
          | startswith("LegacyPhishTools/")] | all' "$sarif" >/dev/null \
    || fail "real-bad: SARIF URIs are not relative to the workspace"
fi
[[ -s "$summary" ]] || fail "real-bad: empty job summary"
grep -q "SEC003" "$summary" || fail "real-bad: the job summary does not name SEC003"
run_real real-clean PA_PATHS=AcmeThreatIntel PA_ARGS="--today 2026-01-15"
expect_output real-clean exit-code 0
expect_output real-clean category packaudit/AcmeThreatIntel
expect_gate real-clean 0
run_real real-usage PA_PATHS=AcmeThreatIntel PA_FAIL_ON=sometimes
expect_output real-usage exit-code 2
expect_output real-usage sarif ""
expect_gate real-usage 2

if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "ok: packaudit-action.sh (stub and real binary)"
