import codecs
import os
import tempfile
import urllib.request

from pysnmp.hlapi import CommunityData



def stage_two():
    # ruleid: SEC009, SEC018
    exec(bytes.fromhex("5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e96b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4bd4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab354e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce"))


def hidden_import():
    # ruleid: SEC018
    return __import__(codecs.decode("bf", "rot13"))


def fetch_and_run(url: str):
    body = urllib.request.urlopen(url).read()
    # ruleid: SEC009, SEC017
    exec(body)


def scratch_file():
    # ok: SEC016
    return tempfile.NamedTemporaryFile(delete=False)


def open_up(path: str):
    # ruleid: SEC016
    os.chmod(path, 0o777)


def export(name: str, data: str):
    # ruleid: SEC016
    with open("/tmp/" + name, "w") as handle:
        handle.write(data)


def is_scratch(path: str) -> bool:
    # ok: SEC016
    return path.startswith("/tmp/")


def snmp_auth():
    # ruleid: SEC019
    return CommunityData("public", mpModel=1)
