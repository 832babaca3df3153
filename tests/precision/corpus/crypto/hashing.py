import hashlib
import hmac
import random
import secrets
import string

from Crypto.Cipher import AES, ARC4, DES
from Crypto.PublicKey import RSA

import demistomock as demisto


def file_indicator(data: bytes) -> dict:
    # ok: SEC014
    md5 = hashlib.md5(data).hexdigest()
    # ok: SEC014
    sha1 = hashlib.sha1(data).hexdigest()
    sha256 = hashlib.sha256(data).hexdigest()
    return {"MD5": md5, "SHA1": sha1, "SHA256": sha256}


def sign_request(secret: bytes, payload: bytes) -> str:
    # ruleid: SEC014
    return hmac.new(secret, payload, hashlib.md5).hexdigest()


def sign_request_sha1(secret: bytes, payload: bytes) -> str:
    # ruleid: SEC014
    return hmac.new(secret, payload, digestmod="sha1").hexdigest()


def sign_request_sha256(secret: bytes, payload: bytes) -> str:
    # ok: SEC014
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


def store_password(password: str) -> str:
    # ruleid: SEC014
    return hashlib.md5(password.encode()).hexdigest()


def cache_key(url: str) -> str:
    # ok: SEC014
    return hashlib.sha1(url.encode()).hexdigest()


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    # ruleid: SEC015
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.encrypt(data)


def encrypt_stream(key: bytes, data: bytes) -> bytes:
    # ruleid: SEC015
    return ARC4.new(key).encrypt(data)


def encrypt_ecb(key: bytes, data: bytes) -> bytes:
    # ruleid: SEC015
    return AES.new(key, AES.MODE_ECB).encrypt(data)


def encrypt_gcm(key: bytes, data: bytes):
    # ok: SEC015
    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)


def small_key():
    # ruleid: SEC015
    return RSA.generate(1024)


def good_key():
    # ok: SEC015
    return RSA.generate(3072)


def make_token() -> str:
    # ruleid: SEC015
    return "".join(random.choice(string.ascii_letters) for _ in range(32))


def make_token_securely() -> str:
    # ok: SEC015
    return secrets.token_urlsafe(32)


def sample_incidents(incidents: list) -> list:
    # ok: SEC015
    return random.sample(incidents, k=min(5, len(incidents)))


def main():
    demisto.results(file_indicator(b"sample"))


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
