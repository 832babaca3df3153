import asyncio
import os
import re
import subprocess
from subprocess import run as sh

import demistomock as demisto


def evaluate(args: dict):
    # ruleid: SEC009
    return eval(args["expression"])


def run_source(src: str):
    # ruleid: SEC009
    exec(compile(src, "<playbook>", "exec"))


def score_model(model, batch):
    # ok: SEC009
    model.eval()
    return model(batch)


def frame_math(df):
    # ok: SEC009
    return df.eval("risk = score * weight")


def pattern(expression: str):
    # ok: SEC009
    return re.compile(expression)


def nmap(target: str):
    # ruleid: SEC010
    os.system(f"nmap -sV {target}")


def run_piped(cmd: str):
    # ruleid: SEC010
    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)


def clone(url: str):
    # ok: SEC010
    subprocess.check_call(["git", "clone", "--depth", "1", url])


def aliased(cmd: str):
    # ruleid: SEC010
    return sh(cmd, shell=True)


async def async_shell(cmd: str):
    # ruleid: SEC010
    return await asyncio.create_subprocess_shell(cmd)


def install_helper():
    # ruleid: SEC010, SEC017
    os.system("pip install vendor-sdk==2.1.0")


def main():
    evaluate(demisto.args())


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
