#!/usr/bin/env bash
# expect-reject.sh [--expect TEXT]... -- COMMAND [ARG...]
# Passes when COMMAND exits with status 1 (a validator rejecting its input, not a usage error or a
# crash) and its output contains every TEXT. Used to prove that ci/validate-sarif catches errors.
set -uo pipefail

expects=()
while (($#)) && [[ "$1" != "--" ]]; do
  case "$1" in
    --expect) expects+=("$2"); shift 2 ;;
    *) echo "expect-reject: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ "${1:-}" == "--" ]] || { echo "usage: expect-reject.sh [--expect TEXT]... -- COMMAND..." >&2; exit 2; }
shift

output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"
if ((status != 1)); then
  echo "expect-reject: expected exit status 1, got $status" >&2
  exit 1
fi
for text in "${expects[@]}"; do
  if ! grep -qF -- "$text" <<<"$output"; then
    echo "expect-reject: output lacks \"$text\"" >&2
    exit 1
  fi
done
echo "expect-reject: rejected as expected"
