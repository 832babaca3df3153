import importlib
import subprocess
import sys

import requests


def run_remote_script(url: str):
    response = requests.get(url, timeout=30)
    # ruleid: SEC009, SEC017
    exec(response.text)


def run_remote_script_two_steps(url: str):
    body = requests.get(url, timeout=30).text
    code = body.strip()
    # ruleid: SEC009, SEC017
    exec(code)


def install_at_runtime(package: str):
    # ruleid: SEC017
    subprocess.check_call([sys.executable, "-m", "pip", "install", package])


def pipe_to_shell():
    # ruleid: SEC010, SEC017
    subprocess.run("curl -s https://get.vendor.io/install.sh | sh", shell=True)


def load_plugin(name: str):
    # ok: SEC017
    return importlib.import_module("plugins." + name)


def download_report(url: str) -> dict:
    response = requests.get(url, timeout=30)
    # ok: SEC017
    return response.json()


def save_sample(url: str, path: str):
    data = requests.get(url, timeout=30).content
    # ok: SEC017
    with open(path, "wb") as handle:
        handle.write(data)
