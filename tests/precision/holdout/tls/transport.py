import smtplib
import ssl

import aiohttp
import httpx
import requests
from OpenSSL import SSL

import demistomock as demisto


def post_event(url: str, body: dict):
    # ruleid: SEC013
    return requests.post(url, json=body, verify=False, timeout=30)


def session_without_checks() -> requests.Session:
    session = requests.Session()
    # ruleid: SEC013
    session.verify = False
    return session


def async_client():
    # ruleid: SEC013
    return httpx.Client(verify=False)


def aio_connector():
    # ruleid: SEC013
    return aiohttp.TCPConnector(ssl=False)


def make_client(params: dict):
    # ruleid: TLS005
    return httpx.Client(verify=params.get("insecure", False))


def make_client_right(params: dict):
    # ok: TLS005, SEC013
    return httpx.Client(verify=not params.get("unsecure", False))


def legacy_context():
    # ruleid: TLS006
    return SSL.Context(SSL.TLSv1_METHOD)


def negotiating_context():
    # ok: TLS006
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def open_ciphers(ctx: ssl.SSLContext):
    # ruleid: TLS007
    ctx.set_ciphers("ALL:@SECLEVEL=0")


def legacy_renegotiation(ctx: ssl.SSLContext):
    # ruleid: TLS007
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT


def base_url(host: str, port: int) -> str:
    # ruleid: TLS001
    return f"http://{host}:{port}/api"


def is_plain(url: str) -> bool:
    # ok: TLS001
    return url.startswith("http://")


def proxies(proxy: str) -> dict:
    # ok: TLS001
    return {"http": proxy, "https": proxy}


# ok: TLS001
ROLE_CLAIM = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"
# ruleid: TLS009
STREAM_URL = "ws://stream.vendor-feed.com/events"
# ok: TLS009
SECURE_STREAM_URL = "wss://stream.vendor-feed.com/events"


def send_mail(host: str, message: str):
    # ruleid: TLS009
    with smtplib.SMTP(host, 25) as server:
        server.sendmail("soc@vendor-feed.com", ["team@vendor-feed.com"], message)


def send_mail_tls(host: str, message: str):
    # ok: TLS009
    with smtplib.SMTP_SSL(host, 465) as server:
        server.sendmail("soc@vendor-feed.com", ["team@vendor-feed.com"], message)


def main():
    demisto.results(is_plain(demisto.params().get("url", "")))


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
