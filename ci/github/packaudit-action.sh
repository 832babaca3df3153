#!/usr/bin/env bash
# The shell part of the packaudit GitHub Action (ci/github/action.yml), kept in a file so that it
# is quoted once, reads its inputs only from the environment and can be tested outside GitHub.
#
#   packaudit-action.sh scan   runs the scan, never fails the step on findings; writes the step
#                              outputs and (unless PA_JOB_SUMMARY=false) the job summary
#   packaudit-action.sh gate   fails per the scan's exit code: 0 passes, 1 findings at or above
#                              the threshold, 2 (or anything else) a usage, config or tool error
#
# Inputs (environment; empty means "not given"):
#   PA_BIN            packaudit binary (required for scan)
#   PA_PATHS          folders or files, separated by whitespace (default: .)
#   PA_CHANGED_SINCE  git revision for --changed-since
#   PA_FAIL_ON        --fail-on value
#   PA_CONFIG         --config file
#   PA_BASELINE       --baseline file
#   PA_CATEGORY       code scanning category (default: packaudit/changed when PA_CHANGED_SINCE is
#                     set, else the per-scope id packaudit writes, packaudit/<scanned paths>)
#   PA_ARGS           extra arguments, separated by whitespace (no quoting, no globbing)
#   PA_HTML           true: also write the HTML report
#   PA_HTML_ARTIFACT  name of the HTML artifact (default: packaudit-report-$GITHUB_JOB)
#   PA_JOB_SUMMARY    false: do not append the Markdown summary to $GITHUB_STEP_SUMMARY
#   PA_OUT_DIR        where reports go (default: $RUNNER_TEMP/packaudit)
#   PA_EXIT           (gate) the scan's exit code
# Needs jq (on GitHub's runners; ci/bootstrap installs it).
# GitHub's files: GITHUB_OUTPUT (step outputs), GITHUB_STEP_SUMMARY (job summary); either may be
# unset outside GitHub, then nothing is written there.
set -uo pipefail

# Appends NAME=VALUE to the step outputs (values here never contain newlines).
output() {
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; fi
}

summary() {
  if [[ "${PA_JOB_SUMMARY:-true}" != "false" && -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
    cat >>"$GITHUB_STEP_SUMMARY"
  else
    cat >/dev/null
  fi
}

# Splits a whitespace-separated input into the named array, without globbing or quote removal.
split_words() {
  local -n into=$1
  into=()
  read -r -d '' -a into <<<"$2" || true
}

# Prints runs[0].automationDetails.id of a SARIF file (empty when absent).
sarif_category() {
  jq -r '.runs[0].automationDetails.id // ""' "$1"
}

# Sets runs[].automationDetails.id of a SARIF file in place. upload-sarif's `category` input
# only fills a missing id, and packaudit always writes one, so the category is set in the file.
set_sarif_category() {
  local file=$1 id=$2 tmp
  tmp=$(mktemp "${file}.XXXXXX") || return 1
  if ! jq --arg id "$id" '.runs[] |= (.automationDetails = ((.automationDetails // {}) + {id: $id}))' \
    "$file" >"$tmp"; then
    rm -f "$tmp"
    return 1
  fi
  mv "$tmp" "$file"
}

cmd_scan() {
  if ! command -v jq >/dev/null 2>&1; then
    echo "::error title=packaudit tool error::jq is needed (GitHub's runners have it; ci/bootstrap installs it)"
    output exit-code 2
    return 0
  fi
  if [[ -z "${PA_BIN:-}" ]]; then
    echo "::error title=packaudit::no packaudit binary (the build step did not run or failed)"
    output exit-code 2
    return 0
  fi
  local out=${PA_OUT_DIR:-}
  if [[ -z "$out" ]]; then out="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/packaudit"; fi
  mkdir -p "$out"
  local github_sarif="$out/packaudit-github.sarif" sarif="$out/packaudit.sarif"
  local markdown="$out/packaudit.md" html="$out/packaudit.html"
  rm -f "$github_sarif" "$sarif" "$markdown" "$html"

  local paths=() extra=()
  split_words paths "${PA_PATHS:-}"
  split_words extra "${PA_ARGS:-}"
  if ((${#paths[@]} == 0)); then paths=(.); fi
  local args=(scan "${paths[@]}" --github-sarif "$github_sarif" --sarif "$sarif"
    --markdown "$markdown")
  if [[ "${PA_HTML:-false}" == "true" ]]; then args+=(--html "$html"); fi
  if [[ -n "${PA_CHANGED_SINCE:-}" ]]; then args+=(--changed-since "$PA_CHANGED_SINCE"); fi
  if [[ -n "${PA_FAIL_ON:-}" ]]; then args+=(--fail-on "$PA_FAIL_ON"); fi
  if [[ -n "${PA_CONFIG:-}" ]]; then args+=(--config "$PA_CONFIG"); fi
  if [[ -n "${PA_BASELINE:-}" ]]; then args+=(--baseline "$PA_BASELINE"); fi
  args+=("${extra[@]}")

  printf 'packaudit:'
  printf ' %q' "$PA_BIN" "${args[@]}"
  printf '\n'
  local code=0
  "$PA_BIN" "${args[@]}" || code=$?
  echo "packaudit: exit code $code"

  # Only a finished scan (0 or 1) is uploaded: a failed run must not close open alerts.
  local category=""
  if ((code <= 1)) && [[ -s "$github_sarif" ]]; then
    category=${PA_CATEGORY:-}
    if [[ -z "$category" && -n "${PA_CHANGED_SINCE:-}" ]]; then category="packaudit/changed"; fi
    if [[ -n "$category" ]]; then
      if ! set_sarif_category "$github_sarif" "${category%/}/"; then
        echo "::error title=packaudit::cannot set the category in $github_sarif"
        code=2
      fi
    else
      category=$(sarif_category "$github_sarif") || code=2
    fi
    category=${category%/}
  fi
  if ((code <= 1)) && [[ -s "$github_sarif" ]]; then
    output sarif "$github_sarif"
    output category "$category"
  fi
  if [[ -s "$sarif" ]]; then output canonical-sarif "$sarif"; fi
  if [[ -s "$markdown" ]]; then output markdown "$markdown"; fi
  if [[ -s "$html" ]]; then
    output html "$html"
    output html-artifact "${PA_HTML_ARTIFACT:-packaudit-report-${GITHUB_JOB:-scan}}"
  fi
  output exit-code "$code"

  if ((code <= 1)) && [[ -s "$markdown" ]]; then
    summary <"$markdown"
  elif ((code > 1)); then
    printf '### packaudit: tool error\n\npackaudit stopped with exit code %s (usage, config or rule-file error); the log of the scan step names the problem.\n' \
      "$code" | summary
  fi
  return 0
}

cmd_gate() {
  local code=${PA_EXIT:-}
  case "$code" in
    0)
      echo "packaudit: gate passed"
      return 0
      ;;
    1)
      echo "::error title=packaudit gate failed::findings at or above the --fail-on threshold; see the job summary and the code scanning alerts"
      return 1
      ;;
    2)
      echo "::error title=packaudit tool error::packaudit exited with 2 (usage, config or rule-file error); the scan step's log names the problem. No results were uploaded."
      return 2
      ;;
    "")
      echo "::error title=packaudit tool error::the scan did not run (see the earlier steps)"
      return 2
      ;;
    *)
      echo "::error title=packaudit tool error::packaudit ended with exit code $code (crash or signal); no results were uploaded"
      return 2
      ;;
  esac
}

case "${1:-}" in
  scan) cmd_scan ;;
  gate) cmd_gate ;;
  *)
    echo "usage: packaudit-action.sh scan|gate" >&2
    exit 2
    ;;
esac
