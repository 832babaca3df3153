import ast
import json
import subprocess
import os
import shlex

import demistomock as demisto


def calculate(expression: str):
    # ruleid: SEC009
    return eval(expression)


def calculate_safely(expression: str):
    # ok: SEC009
    return ast.literal_eval(expression)


def run_snippet(args: dict):
    code = args.get("code")
    # ruleid: SEC009
    exec(code)


def compile_rule(args: dict):
    # ruleid: SEC009
    return compile(args["source"], "<rule>", "exec")


def constant_eval():
    # ok: SEC009
    return eval("1 + 2")


class Evaluator:
    def eval(self, value):
        return value


def method_named_eval(value):
    evaluator = Evaluator()
    # ok: SEC009
    return evaluator.eval(value)


def mentions_eval_in_text():
    # ok: SEC009
    demisto.debug("we never call eval(x) here")
    # ok: SEC009
    message = "exec(payload) is blocked by policy"
    return message


def json_is_data():
    # ok: SEC009
    return json.loads(demisto.args().get("data", "{}"))


def ping_host(host: str):
    # ruleid: SEC010
    return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True)


def ping_host_list(host: str):
    # ok: SEC010
    return subprocess.run(["ping", "-c", "1", host], capture_output=True)


def ping_host_explicit(host: str):
    # ok: SEC010
    return subprocess.run(["ping", "-c", "1", host], shell=False, capture_output=True)


def check_output_shell(cmd: str):
    # ruleid: SEC010
    return subprocess.check_output(cmd, shell=True)


def popen_shell(cmd: str):
    # ruleid: SEC010
    return subprocess.Popen("nslookup " + cmd, shell=True)


def quoted_but_shell(domain: str):
    # ruleid: SEC010
    return subprocess.call("whois " + shlex.quote(domain), shell=True)


def os_system(name: str):
    # ruleid: SEC010
    os.system("rm -rf /tmp/" + name)


def os_popen(path: str):
    # ruleid: SEC010
    return os.popen("ls -l " + path).read()


def docstring_mention():
    """Never use os.system or subprocess.run(..., shell=True) in integrations."""
    # ok: SEC010
    return "subprocess.run(cmd, shell=True)"


def main():
    args = demisto.args()
    calculate(args.get("expression", "0"))


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
