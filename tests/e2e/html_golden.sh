#!/usr/bin/env bash
# HTML golden test: scans one example tree (scan date pinned to 2026-01-15) with --html, once
# with -j 1 and once with -j 2, and compares the report with tests/e2e/golden/html/NAME.html.
# The scan duration (the only run-dependent value, alone in <span id="duration-ms">) is
# normalised to 0. Both runs must give the same bytes. UPDATE_GOLDEN=1 rewrites the golden file.
# Usage: html_golden.sh PACKAUDIT SOURCE_ROOT NAME ROOT_DIR SCAN_PATH [extra args...]
set -uo pipefail
bin=$1 src=$2 name=$3 root=$4 path=$5
shift 5
golden="$src/tests/e2e/golden/html/$name.html"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src/$root" || exit 1
normalise() { sed -E 's|<span id="duration-ms">[0-9]+</span>|<span id="duration-ms">0</span>|' "$1"; }
for jobs in 1 2; do
  "$bin" scan "$path" --today 2026-01-15 -j "$jobs" --html "$tmp/raw$jobs.html" "$@" > /dev/null
  rc=$?
  [[ $rc == 0 || $rc == 1 ]] || { echo "scan exited with $rc"; exit 1; }
  [[ -s "$tmp/raw$jobs.html" ]] || { echo "no report written"; exit 1; }
  normalise "$tmp/raw$jobs.html" > "$tmp/$jobs.html"
done
grep -q '<span id="duration-ms">0</span>' "$tmp/1.html" || { echo "duration not found"; exit 1; }
if ! cmp -s "$tmp/1.html" "$tmp/2.html"; then
  echo "the report differs between -j 1 and -j 2:"
  diff -u "$tmp/1.html" "$tmp/2.html" | head -40
  exit 1
fi
# The CSP's hashes (digests computed at build time) admit exactly the inline style and script:
# checked with an independent SHA-256.
python3 - "$tmp/1.html" <<'PY' || { echo "CSP hashes do not match the inline blocks"; exit 1; }
import base64, hashlib, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
for tag, directive in (("style", "style-src"), ("script", "script-src")):
    blocks = re.findall(r"<%s>(.*?)</%s>" % (tag, tag), html, re.S)
    assert len(blocks) == 1, (tag, len(blocks))
    digest = base64.b64encode(hashlib.sha256(blocks[0].encode("utf-8")).digest()).decode()
    assert ("%s 'sha256-%s'" % (directive, digest)) in csp, (tag, csp)
PY
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
  mkdir -p "$(dirname "$golden")"
  cp "$tmp/1.html" "$golden"
  echo "updated $golden"
  exit 0
fi
if ! diff -u "$golden" "$tmp/1.html"; then
  echo "golden mismatch for html/$name.html (UPDATE_GOLDEN=1 rewrites it)"
  exit 1
fi
