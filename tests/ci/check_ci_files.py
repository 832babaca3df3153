"""Structural checks of the CI integration files (no network, no GitHub).

  check_ci_files.py SOURCE_ROOT

ci/github/action.yml (composite action): parses; every `inputs.X` it uses is declared and every
declared input is used; every step has a name; run steps set `shell` and contain no `${{ }}`
expression (inputs reach scripts only through env, against script injection) and pass `bash -n`;
`uses:` steps are pinned to a major version; steps.<id> references name earlier steps; the SARIF
upload passes a category; outputs exit-code, sarif and markdown exist; scripts the steps run exist.
ci/github/packaudit.yml (example workflow): parses; runs on pull_request and on push to main;
permissions contents: read and security-events: write; a pull-request job checks out with full
history and uses the action by path with changed-since from github.base_ref and a category; a push
job scans with another category; every `with:` key is an input of the action; no expression in
run scripts. .pre-commit-hooks.yaml: the packaudit hook with its required keys and values (and
pre-commit's own manifest schema when pre-commit is installed).
Prints each problem; exit 0 when there is none, 1 otherwise.
"""

import os
import re
import subprocess
import sys

import yaml

PROBLEMS = []


def problem(where, text):
    PROBLEMS.append(f"{where}: {text}")


def strings(node):
    """Every string value (not key) in a parsed YAML tree."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def if_conditions(node):
    """The values of `if:` keys, which are expressions even without ${{ }}."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "if" and isinstance(value, str):
                yield value
            else:
                yield from if_conditions(value)
    elif isinstance(node, list):
        for value in node:
            yield from if_conditions(value)


def expressions(node):
    for text in strings(node):
        yield from re.findall(r"\$\{\{(.*?)\}\}", text, re.S)
    yield from if_conditions(node)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        problem(path, f"does not parse as YAML: {e}")
        return None


def check_run_step(where, step):
    if "shell" not in step:
        problem(where, "run step without shell")
    if "${{" in step["run"]:
        problem(where, "run script contains a ${{ }} expression; pass values through env")
    if step.get("shell") == "bash":
        result = subprocess.run(["bash", "-n"], input=step["run"], text=True,
                                capture_output=True)
        if result.returncode != 0:
            problem(where, f"bash -n: {result.stderr.strip()}")


def check_action(root):
    path = os.path.join(root, "ci/github/action.yml")
    action = load(path)
    if not isinstance(action, dict):
        return {}
    for key in ("name", "description", "inputs", "outputs", "runs"):
        if key not in action:
            problem(path, f"missing '{key}'")
    runs = action.get("runs") or {}
    if runs.get("using") != "composite":
        problem(path, "runs.using is not composite")
    inputs = action.get("inputs") or {}
    for name, spec in inputs.items():
        if not isinstance(spec, dict) or not spec.get("description"):
            problem(path, f"input '{name}' has no description")
    used = set()
    for expr in expressions(action):
        used.update(re.findall(r"\binputs\.([A-Za-z_][A-Za-z0-9_-]*)", expr))
    for name in sorted(used - set(inputs)):
        problem(path, f"uses undeclared input '{name}'")
    for name in sorted(set(inputs) - used):
        problem(path, f"declares input '{name}' but never uses it")
    for name in ("paths", "changed-since", "fail-on", "config", "baseline", "category",
                 "upload-sarif", "args", "use-installed"):
        if name not in inputs:
            problem(path, f"missing input '{name}'")

    steps = runs.get("steps") or []
    seen_ids = set()
    uploads_sarif = False
    for i, step in enumerate(steps):
        where = f"{path}: step {i + 1} ({step.get('name', 'unnamed')})"
        if not step.get("name"):
            problem(where, "step without a name")
        for expr in expressions(step):
            for ref in re.findall(r"\bsteps\.([A-Za-z_][A-Za-z0-9_-]*)\.", expr):
                if ref not in seen_ids:
                    problem(where, f"refers to step '{ref}' that is not an earlier step")
        if "run" in step:
            check_run_step(where, step)
            for script in re.findall(r"\$GITHUB_ACTION_PATH/([\w./-]+\.sh)\b", step["run"]):
                if not os.path.isfile(os.path.join(root, "ci/github", script)):
                    problem(where, f"runs ci/github/{script}, which does not exist")
        elif "uses" in step:
            if not re.fullmatch(r"[\w.-]+/[\w./-]+@v\d+", step["uses"]):
                problem(where, f"'{step['uses']}' is not pinned to a major version (@vN)")
            if step["uses"].startswith("github/codeql-action/upload-sarif@"):
                uploads_sarif = True
                with_ = step.get("with") or {}
                if not with_.get("category"):
                    problem(where, "upload-sarif without a category")
                if not with_.get("sarif_file"):
                    problem(where, "upload-sarif without sarif_file")
        else:
            problem(where, "neither run nor uses")
        if "id" in step:
            seen_ids.add(step["id"])
    if not uploads_sarif:
        problem(path, "no github/codeql-action/upload-sarif step")
    if steps and "gate" not in steps[-1].get("run", ""):
        problem(path, "the last step does not apply the gate")
    outputs = action.get("outputs") or {}
    for name in ("exit-code", "sarif", "markdown"):
        if name not in outputs:
            problem(path, f"missing output '{name}'")
    for name, spec in outputs.items():
        for ref in re.findall(r"\bsteps\.([A-Za-z_][A-Za-z0-9_-]*)\.", str(spec.get("value", ""))):
            if ref not in seen_ids:
                problem(path, f"output '{name}' refers to unknown step '{ref}'")
    return inputs


def job_steps_using_action(job):
    return [s for s in job.get("steps") or []
            if re.search(r"(^\./ci/github$|/ci/github@\S+$)", s.get("uses", ""))]


def check_workflow(root, action_inputs):
    path = os.path.join(root, "ci/github/packaudit.yml")
    wf = load(path)
    if not isinstance(wf, dict):
        return
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` key as true
    if not isinstance(on, dict) or "pull_request" not in on:
        problem(path, "does not run on pull_request")
    else:
        push = on.get("push") or {}
        if "main" not in (push.get("branches") or []):
            problem(path, "does not run on push to main")
    perms = wf.get("permissions") or {}
    if perms.get("contents") != "read":
        problem(path, "permissions: contents is not read")
    if perms.get("security-events") != "write":
        problem(path, "permissions: security-events is not write")
    jobs = wf.get("jobs") or {}
    pr_categories, push_categories = [], []
    for job_id, job in jobs.items():
        for i, step in enumerate(job.get("steps") or []):
            where = f"{path}: job {job_id} step {i + 1}"
            if not step.get("name"):
                problem(where, "step without a name")
            if "run" in step and "${{" in step["run"]:
                problem(where, "run script contains a ${{ }} expression")
        for step in job_steps_using_action(job):
            with_ = step.get("with") or {}
            for key in with_:
                if key not in action_inputs:
                    problem(f"{path}: job {job_id}", f"passes '{key}', not an input of the action")
            is_pr = "pull_request" in str(job.get("if", ""))
            if is_pr and "!=" not in str(job.get("if", "")):
                pr_categories.append(with_.get("category"))
                if "github.base_ref" not in str(with_.get("changed-since", "")):
                    problem(f"{path}: job {job_id}", "changed-since does not use github.base_ref")
                checkouts = [s for s in job["steps"]
                             if s.get("uses", "").startswith("actions/checkout@")]
                if not checkouts or (checkouts[0].get("with") or {}).get("fetch-depth") != 0:
                    problem(f"{path}: job {job_id}", "checkout without fetch-depth: 0")
            else:
                push_categories.append(with_.get("category"))
    if not pr_categories:
        problem(path, "no pull_request job uses the action by path (…/ci/github@ref)")
    if not push_categories:
        problem(path, "no push job uses the action")
    if any(not c for c in pr_categories + push_categories):
        problem(path, "a job uses the action without a category")
    if set(pr_categories) & set(push_categories):
        problem(path, "pull requests and pushes share a category")


def check_hooks(root):
    path = os.path.join(root, ".pre-commit-hooks.yaml")
    hooks = load(path)
    if not isinstance(hooks, list):
        problem(path, "is not a list of hooks")
        return
    by_id = {h.get("id"): h for h in hooks if isinstance(h, dict)}
    hook = by_id.get("packaudit")
    if hook is None:
        problem(path, "no hook with id packaudit")
        return
    for h in by_id.values():
        where = f"{path}: {h.get('id')}"
        for key in ("id", "name", "entry", "language", "files"):
            if not h.get(key):
                problem(where, f"missing '{key}'")
        if not str(h.get("entry", "")).startswith("packaudit scan --whole-packs"):
            problem(where, "entry is not 'packaudit scan --whole-packs ...'")
        if h.get("language") != "system":
            problem(where, "language is not system")
        if h.get("pass_filenames") is not True:
            problem(where, "pass_filenames is not true")
        if h.get("require_serial") is not True:
            problem(where, "require_serial is not true")
        if not isinstance(h.get("args", []), list):
            problem(where, "args is not a list")
        try:
            files = re.compile(h.get("files", ""))
        except re.error as e:
            problem(where, f"files is not a regular expression: {e}")
            continue
        for name in ("Packs/Foo/pack_metadata.json", "Packs/Foo/Integrations/Foo/Foo.py"):
            if not files.search(name):
                problem(where, f"files does not match {name}")
        for name in ("README.md", "Tests/conftest.py", "docs/Packs/x.md"):
            if files.search(name):
                problem(where, f"files matches {name}")
    try:
        from pre_commit.clientlib import InvalidManifestError, load_manifest
    except ImportError:
        print("note: pre-commit is not installed; its manifest schema was not checked")
        return
    try:
        load_manifest(path)
    except InvalidManifestError as e:
        problem(path, f"pre-commit rejects the manifest: {e}")


def main():
    if len(sys.argv) != 2:
        print("usage: check_ci_files.py SOURCE_ROOT", file=sys.stderr)
        return 2
    root = sys.argv[1]
    inputs = check_action(root)
    check_workflow(root, inputs)
    check_hooks(root)
    for p in PROBLEMS:
        print(f"FAIL: {p}")
    if not PROBLEMS:
        print("ok: action.yml, packaudit.yml and .pre-commit-hooks.yaml")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
