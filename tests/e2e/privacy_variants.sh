#!/usr/bin/env bash
# The clean partner pack (fixtures/packs/AcmeThreatIntel: privacy notice, privacy contact,
# data-flow disclosure, secrets registered for masking) has no finding; each variant below
# changes one thing in a copy and must trip exactly the intended privacy rule, with the verdict
# that follows from it. Every finding of every rule counts, so a variant that trips anything
# else fails too.
# Usage: privacy_variants.sh PACKAUDIT SOURCE_ROOT
set -uo pipefail
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# check NAME "EXPECTED RULE IDS" VERDICT [RULE SEVERITY]: scans $tmp/NAME/AcmeThreatIntel; the
# optional RULE must have only findings of SEVERITY.
check() {
  local name=$1 want=$2 verdict=$3 rule=${4:-} severity=${5:-}
  local pack="$tmp/$name/AcmeThreatIntel"
  "$bin" scan "$pack" --today 2026-01-15 --format json > "$tmp/$name.json"
  [[ $? -le 1 ]] || { echo "FAIL $name: scan failed"; failures=$((failures + 1)); return; }
  local got got_verdict
  got=$(jq -r '[.findings[].rule_id] | unique | join(" ")' "$tmp/$name.json")
  got_verdict=$(jq -r '.packs[0].verdict' "$tmp/$name.json")
  if [[ "$got" != "$want" || "$got_verdict" != "$verdict" ]]; then
    echo "FAIL $name: want [$want] $verdict, got [$got] $got_verdict"
    jq -r '.findings[] | "  \(.path):\(.region.start_line): \(.rule_id) \(.message)"' "$tmp/$name.json"
    failures=$((failures + 1))
    return
  fi
  if [[ -n "$severity" ]]; then
    local got_severity
    got_severity=$(jq -r --arg id "$rule" '[.findings[] | select(.rule_id == $id) | .level] | unique | join(",")' "$tmp/$name.json")
    if [[ "$got_severity" != "$severity" ]]; then
      echo "FAIL $name: $rule has severity $got_severity, want $severity"
      failures=$((failures + 1))
      return
    fi
  fi
  echo "ok   $name: [${want:-no findings}] $verdict"
}

# variant NAME: a fresh copy of the clean pack under $tmp/NAME/.
variant() {
  mkdir -p "$tmp/$1"
  cp -R "$src/fixtures/packs/AcmeThreatIntel" "$tmp/$1/"
  cd "$tmp/$1/AcmeThreatIntel" || exit 1
}

variant clean
check clean "" certification-ready

# PRIV001: the notice is named but not linked (partner pack: error, so Blocked).
variant no-notice-link
sed -i 's|\[Acme privacy notice\](https://www.acme-security.example/privacy)|the Acme privacy notice|' README.md
check no-notice-link "PRIV001" blocked PRIV001 error

# PRIV002: no e-mail anywhere and no contact or privacy URL. A privacy-notice URL is itself a
# contact, so PRIV002 can only fire together with PRIV001; and a partner pack must give a support
# e-mail (META006). Those three, and nothing else.
variant no-contact
sed -i -e 's|\[Acme privacy notice\](https://www.acme-security.example/privacy)|the Acme terms|' \
  -e 's| or write to privacy@acme-security.example||' README.md
sed -i 's|"email": "xsoar-support@acme-security.example"|"email": ""|' pack_metadata.json
check no-contact "META006 PRIV001 PRIV002" blocked PRIV002 warning

# PRIV003: acme-submit-url sends data out, and the README no longer says what is sent or kept.
variant no-disclosure
sed -i '/^## Privacy and data handling/,$d' README.md
cat >> README.md <<'MD'
## Support

Read the [Acme privacy notice](https://www.acme-security.example/privacy) or write to privacy@acme-security.example.
MD
check no-disclosure "PRIV003" certification-ready PRIV003 warning

# PRIV004: an analytics beacon in code. SEC002 (the indicator note of the secrets scan) lists any
# URL that .secrets-ignore does not allow, so it notes this one too.
variant tracker
sed -i 's|^class Client(BaseClient):|USAGE_BEACON = "https://www.google-analytics.com/collect"\n\n\nclass Client(BaseClient):|' \
  Integrations/AcmeThreatIntel/AcmeThreatIntel.py
check tracker "PRIV004 SEC002" blocked PRIV004 error

# PRIV005: a hard-coded host that is neither the server URL nor named in the README.
variant undeclared-host
sed -i 's|^class Client(BaseClient):|STATUS_PAGE = "https://status.acme-cdn.example.net/api/v2/status.json"\n\n\nclass Client(BaseClient):|' \
  Integrations/AcmeThreatIntel/AcmeThreatIntel.py
check undeclared-host "PRIV005" certification-ready PRIV005 warning

# PRIV006: the API key reaches the log; registered for masking it is only a note.
variant logged-secret
sed -i 's|^    add_sensitive_log_strs(api_key)$|    demisto.debug(f"Using API key {api_key}")|' Integrations/AcmeThreatIntel/AcmeThreatIntel.py
check logged-secret "PRIV006" blocked PRIV006 error
variant masked-logged-secret
sed -i 's|^    add_sensitive_log_strs(api_key)$|    add_sensitive_log_strs(api_key)\n    demisto.debug(f"Using API key {api_key}")|' \
  Integrations/AcmeThreatIntel/AcmeThreatIntel.py
check masked-logged-secret "PRIV006" certification-ready PRIV006 note

# PRIV008: the API key in a URL query string.
variant key-in-query
sed -i 's|return self._http_request("POST", "/v1/submissions", json_data={"url": url})|return self._http_request("POST", f"/v1/submissions?api_key={self.api_key}", json_data={"url": url})|' \
  Integrations/AcmeThreatIntel/AcmeThreatIntel.py
check key-in-query "PRIV008" certification-ready PRIV008 warning

# PRIV010: the API key echoed to the War Room.
variant key-in-war-room
sed -i 's|                          outputs={"ID": submission.get("id"), "URL": url})|                          outputs={"ID": submission.get("id"), "URL": url},\n                          readable_output=f"Submitted with key {client.api_key}")|' \
  Integrations/AcmeThreatIntel/AcmeThreatIntel.py
check key-in-war-room "PRIV010" blocked PRIV010 error

# PRIV011: a personal address in the README (SEC002 notes the address too).
variant personal-email
echo "Questions about the playbook: jane.marlowe1987@gmail.com." >> README.md
check personal-email "PRIV011 SEC002" certification-ready PRIV011 note

if [[ $failures -gt 0 ]]; then
  echo "$failures variant(s) failed"
  exit 1
fi
echo "ok: the clean partner pack and every privacy variant trip exactly their rule"
