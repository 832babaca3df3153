#!/usr/bin/env python3
"""check-github-sarif.py GITHUB.sarif [--canonical CANONICAL.sarif] [--same-as OTHER.sarif]

Checks the GitHub-bound SARIF against the SARIF notes' checklist items that no validator covers
(section 8.4 and items 5, 6, 8, 10, 12, 17, 21, 29, 36):
  - exactly one run, with a non-empty automationDetails.id ending in '/';
  - no result carries a "suppressions" key, none has baselineState "unchanged" or "absent";
  - every ruleId is declared once in tool.driver.rules and ruleIndex points at it;
  - GitHub's limits: <= 5,000 results (above that a GitHubResultLimit notification), <= 25,000
    rules, exactly one location per result, <= 10 related locations, <= 1,000 thread-flow
    locations, <= 10 tags per rule, rule names <= 255 and descriptions <= 1024 characters,
    non-empty message texts;
  - with --canonical: the file equals the canonical SARIF minus the inactive results (a non-empty
    suppressions array, or baselineState "unchanged") and the "suppressions" keys; above the
    limit, the kept results are the most severe and the notification counts the rest;
  - with --same-as: the other file is byte-identical (a second scan of the same scope).
Prints each problem; exit 0 when clean, 1 on problems, 2 on usage errors.
"""
import argparse
import json
import sys

MAX_RESULTS = 5000
MAX_RULES = 25000
LEVEL_RANK = {"error": 0, "warning": 1, "note": 2}


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw, json.loads(raw.decode("utf-8"))


def inactive(result):
    return bool(result.get("suppressions")) or result.get("baselineState") in ("unchanged", "absent")


def check(github, canonical, problems):
    runs = github.get("runs", [])
    if len(runs) != 1:
        problems.append(f"{len(runs)} runs, expected exactly 1")
        return
    run = runs[0]
    category = (run.get("automationDetails") or {}).get("id", "")
    if not category or not category.endswith("/"):
        problems.append(f"automationDetails.id {category!r} is empty or does not end with '/'")

    rules = run.get("tool", {}).get("driver", {}).get("rules", [])
    if len(rules) > MAX_RULES:
        problems.append(f"{len(rules)} rules, GitHub accepts {MAX_RULES}")
    ids = [r.get("id") for r in rules]
    if len(set(ids)) != len(ids):
        problems.append("duplicate rule ids")
    for rule in rules:
        rid = rule.get("id")
        tags = (rule.get("properties") or {}).get("tags", [])
        if len(tags) > 10 or len(set(tags)) != len(tags):
            problems.append(f"rule {rid}: {len(tags)} tags (at most 10 unique)")
        if len(rule.get("name", "")) > 255:
            problems.append(f"rule {rid}: name over 255 characters")
        for key in ("shortDescription", "fullDescription"):
            text = (rule.get(key) or {}).get("text", "")
            if not text or len(text) > 1024:
                problems.append(f"rule {rid}: {key} empty or over 1024 characters")

    results = run.get("results")
    if not isinstance(results, list):
        problems.append("run has no results array")
        return
    if len(results) > MAX_RESULTS:
        problems.append(f"{len(results)} results, more than {MAX_RESULTS}")
    for i, r in enumerate(results):
        where = f"results[{i}] ({r.get('ruleId')})"
        if "suppressions" in r:
            problems.append(f"{where}: has a suppressions key")
        if r.get("baselineState") in ("unchanged", "absent"):
            problems.append(f"{where}: baselineState {r['baselineState']}")
        index = r.get("ruleIndex")
        if not isinstance(index, int) or not 0 <= index < len(rules) or ids[index] != r.get("ruleId"):
            problems.append(f"{where}: ruleId not declared at ruleIndex {index}")
        if len(r.get("locations", [])) != 1:
            problems.append(f"{where}: {len(r.get('locations', []))} locations, expected 1")
        if len(r.get("relatedLocations", [])) > 10:
            problems.append(f"{where}: more than 10 related locations")
        for flow in r.get("codeFlows", []):
            for thread in flow.get("threadFlows", []):
                if len(thread.get("locations", [])) > 1000:
                    problems.append(f"{where}: more than 1,000 thread-flow locations")
        if not (r.get("message") or {}).get("text"):
            problems.append(f"{where}: no message text")

    notifications = ((run.get("invocations") or [{}])[0]).get("toolExecutionNotifications", [])
    limit_notes = [n for n in notifications if (n.get("descriptor") or {}).get("id") == "GitHubResultLimit"]
    if canonical is None:
        if len(results) == MAX_RESULTS and not limit_notes:
            print("note: exactly 5000 results and no GitHubResultLimit notification "
                  "(fine when nothing was left out; pass --canonical to check)")
        return

    crun = canonical["runs"][0]
    active = [r for r in crun.get("results", []) if not inactive(r)]
    for r in active:
        r.pop("suppressions", None)
    expected_run = json.loads(json.dumps(crun))
    if len(active) <= MAX_RESULTS:
        if limit_notes:
            problems.append("GitHubResultLimit notification although nothing was left out")
        expected_run["results"] = active
        if run != expected_run:
            problems.append("differs from the canonical SARIF minus inactive results and suppressions")
        return
    # Truncated: the most severe kept, the rest counted.
    omitted = len(active) - MAX_RESULTS
    if len(results) != MAX_RESULTS:
        problems.append(f"{len(results)} results kept, expected {MAX_RESULTS}")
    if len(limit_notes) != 1 or (limit_notes[0].get("properties") or {}).get("omittedResults") != omitted:
        problems.append(f"expected one GitHubResultLimit notification counting {omitted} results")
    elif limit_notes[0].get("level") != "warning":
        problems.append("the GitHubResultLimit notification is not a warning")
    kept_levels = [LEVEL_RANK[r["level"]] for r in results]
    if kept_levels != sorted(kept_levels):
        problems.append("kept results are not in severity order")
    least = max(kept_levels) if kept_levels else 0
    for level, rank in LEVEL_RANK.items():
        if rank >= least:
            continue
        if sum(1 for r in active if r["level"] == level) != kept_levels.count(rank):
            problems.append(f"a result of level {level} was left out while a less severe one was kept")

def main():
    parser = argparse.ArgumentParser(add_help=True)
    parser.add_argument("github")
    parser.add_argument("--canonical")
    parser.add_argument("--same-as")
    try:
        args = parser.parse_args()
    except SystemExit:
        return 2
    raw, github = load(args.github)
    canonical = load(args.canonical)[1] if args.canonical else None
    problems = []
    check(github, canonical, problems)
    if args.same_as:
        other_raw, other = load(args.same_as)
        if other_raw != raw:
            ids = [((run.get("automationDetails") or {}).get("id")) for run in (github.get("runs", []) + other.get("runs", []))]
            problems.append(f"not byte-identical to {args.same_as} (automationDetails.id: {ids})")
    for p in problems:
        print(f"check-github-sarif: {args.github}: {p}")
    if problems:
        return 1
    results = len(github["runs"][0].get("results", []))
    print(f"check-github-sarif: {args.github}: ok ({results} results)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
