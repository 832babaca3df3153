import json
import marshal
import pickle
import shelve
import xml.etree.ElementTree as ET
from xml.dom import minidom

import defusedxml.ElementTree as SafeET
import yaml

import demistomock as demisto


def restore_state(blob: bytes):
    # ruleid: SEC011
    return pickle.loads(blob)


def restore_file(path: str):
    with open(path, "rb") as handle:
        # ruleid: SEC011
        return pickle.load(handle)


def save_state(state: dict) -> bytes:
    # ok: SEC011
    return pickle.dumps(state)


def read_cache(path: str):
    # ruleid: SEC011
    return shelve.open(path)


def read_code(data: bytes):
    # ruleid: SEC011
    return marshal.loads(data)


def parse_config(text: str):
    # ruleid: SEC011
    return yaml.load(text)


def parse_config_full(text: str):
    # ruleid: SEC011
    return yaml.load(text, Loader=yaml.FullLoader)


def parse_config_safe(text: str):
    # ok: SEC011
    return yaml.load(text, Loader=yaml.SafeLoader)


def parse_config_c_safe(text: str):
    # ok: SEC011
    return yaml.load(text, Loader=yaml.CSafeLoader)


def parse_config_safe_load(text: str):
    # ok: SEC011
    return yaml.safe_load(text)


def parse_json(text: str):
    # ok: SEC011
    return json.loads(text)


def parse_report(xml_text: str):
    # ruleid: SEC012
    return ET.fromstring(xml_text)


def parse_report_dom(xml_text: str):
    # ruleid: SEC012
    return minidom.parseString(xml_text)


def parse_report_safely(xml_text: str):
    # ok: SEC012
    return SafeET.fromstring(xml_text)


def build_report(items: list) -> str:
    root = ET.Element("items")
    for item in items:
        # ok: SEC012
        ET.SubElement(root, "item").text = str(item)
    # ok: SEC012
    return ET.tostring(root, encoding="unicode")


def main():
    demisto.results(parse_json(demisto.args().get("data", "{}")))


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
