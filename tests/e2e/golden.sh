#!/usr/bin/env bash
# Golden test: scans one example tree (scan date pinned to 2026-01-15) and compares the text and
# JSON reports with the files in
# tests/e2e/golden/. UPDATE_GOLDEN=1 rewrites the golden files instead.
# Usage: golden.sh PACKAUDIT SOURCE_ROOT NAME ROOT_DIR SCAN_PATH [extra args...]
set -uo pipefail
bin=$1 src=$2 name=$3 root=$4 path=$5
shift 5
golden="$src/tests/e2e/golden"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src/$root" || exit 1
"$bin" scan "$path" --today 2026-01-15 "$@" > "$tmp/$name.txt"; text_rc=$?
"$bin" scan "$path" --today 2026-01-15 --format json "$@" > "$tmp/$name.json"; json_rc=$?
printf '%s\n' "$text_rc" >> "$tmp/$name.txt"
[[ $text_rc == "$json_rc" ]] || { echo "text exit $text_rc differs from json exit $json_rc"; exit 1; }
status=0
for ext in txt json; do
  if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
    cp "$tmp/$name.$ext" "$golden/$name.$ext"
    echo "updated $golden/$name.$ext"
  elif ! diff -u "$golden/$name.$ext" "$tmp/$name.$ext"; then
    echo "golden mismatch for $name.$ext (UPDATE_GOLDEN=1 rewrites it)"
    status=1
  fi
done
exit $status
