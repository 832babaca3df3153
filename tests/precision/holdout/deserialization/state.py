import pickle as pkl
from pickle import loads
from xml import sax
from xml.etree import ElementTree

import defusedxml.minidom
import dill
import jsonpickle
import pandas
import yaml


def restore(blob: bytes):
    # ruleid: SEC011
    return pkl.loads(blob)


def restore_imported(blob: bytes):
    # ruleid: SEC011
    return loads(blob)


def decode_json_pickle(text: str):
    # ruleid: SEC011
    return jsonpickle.decode(text)


def restore_dill(blob: bytes):
    # ruleid: SEC011
    return dill.loads(blob)


def config_positional(stream):
    # ruleid: SEC011
    return yaml.load(stream, yaml.Loader)


def config_positional_safe(stream):
    # ok: SEC011
    return yaml.load(stream, yaml.SafeLoader)


def config_unsafe(text: str):
    # ruleid: SEC011
    return yaml.unsafe_load(text)


def frame(path: str):
    # ruleid: SEC011
    return pandas.read_pickle(path)


def frame_csv(path: str):
    # ok: SEC011
    return pandas.read_csv(path)


def parse_events(text: str, handler):
    # ruleid: SEC012
    sax.parseString(text.encode(), handler)


def parse_file(path: str):
    # ruleid: SEC012
    return ElementTree.parse(path)


def parse_safely(text: str):
    # ok: SEC012
    return defusedxml.minidom.parseString(text)


def dump(items) -> str:
    root = ElementTree.Element("items")
    # ok: SEC012
    return ElementTree.tostring(root)
