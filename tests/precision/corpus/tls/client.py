import ssl

import requests
import urllib3

import demistomock as demisto
from CommonServerPython import BaseClient

# ok: SEC013
urllib3.disable_warnings()

# ok: TLS001
XML_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
# ok: TLS001
SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/"
# ok: TLS001
LOCAL_AGENT = "http://localhost:8080/health"
# ok: TLS001
LOOPBACK_AGENT = "http://127.0.0.1:9000/metrics"
# ruleid: TLS001
LEGACY_API = "http://api.vendor-legacy.com/v1"
# ok: TLS001
SECURE_API = "https://api.vendor.com/v2"


class Client(BaseClient):
    def get_items(self):
        return self._http_request("GET", "/items")


def make_client(params: dict) -> Client:
    # ok: SEC013, TLS005
    verify_certificate = not params.get("insecure", False)
    proxy = params.get("proxy", False)
    # ok: SEC013
    return Client(base_url=params["url"], verify=verify_certificate, proxy=proxy)


def make_client_inverted(params: dict) -> Client:
    # ruleid: TLS005
    verify_certificate = not params.get("insecure", True)
    return Client(base_url=params["url"], verify=verify_certificate, proxy=False)


def make_client_unsecure(params: dict) -> Client:
    # ruleid: TLS005
    insecure = params.get("unsecure", True)
    return Client(base_url=params["url"], verify=not insecure, proxy=False)


def download(url: str):
    # ruleid: SEC013
    return requests.get(url, verify=False, timeout=30)


def download_with_setting(url: str, verify: bool):
    # ok: SEC013
    return requests.get(url, verify=verify, timeout=30)


def hard_coded_client(params: dict) -> Client:
    # ruleid: SEC013
    return Client(base_url=params["url"], verify=False, proxy=False)


def unverified_context():
    # ruleid: SEC013
    return ssl._create_unverified_context()


def no_hostname_check():
    context = ssl.create_default_context()
    # ruleid: SEC013
    context.check_hostname = False
    # ruleid: SEC013
    context.verify_mode = ssl.CERT_NONE
    return context


def modern_context():
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: TLS006
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def old_context():
    # ruleid: TLS006
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def old_minimum():
    context = ssl.create_default_context()
    # ruleid: TLS006
    context.minimum_version = ssl.TLSVersion.TLSv1
    return context


def weak_ciphers():
    context = ssl.create_default_context()
    # ruleid: TLS007
    context.set_ciphers("DEFAULT@SECLEVEL=1")
    return context


def strong_ciphers():
    context = ssl.create_default_context()
    # ok: TLS007
    context.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return context


def describe():
    """Calls http://api.vendor-legacy.com only in old releases."""
    # ok: TLS001
    demisto.debug("see https://docs.vendor.com for setup")  # http://old.vendor.com in a comment


def main():
    make_client(demisto.params()).get_items()


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
