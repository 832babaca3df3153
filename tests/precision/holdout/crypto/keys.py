import hashlib
import random

from Crypto.Cipher import Blowfish
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def store_credential(password: str) -> str:
    # ruleid: SEC014
    return hashlib.new("md5", password.encode()).hexdigest()


def request_signature(api_secret: str, timestamp: str) -> str:
    # ruleid: SEC014
    return hashlib.sha1((api_secret + timestamp).encode()).hexdigest()


def file_hash(path: str) -> str:
    with open(path, "rb") as handle:
        # ok: SEC014
        return hashlib.md5(handle.read()).hexdigest()


def dedup_key(indicator: str) -> str:
    # ok: SEC014
    return hashlib.md5(indicator.encode()).hexdigest()


def legacy_cipher(key: bytes, iv: bytes):
    # ruleid: SEC015
    return Blowfish.new(key, Blowfish.MODE_CBC, iv)


def triple_des(key: bytes, iv: bytes):
    # ruleid: SEC015
    return Cipher(algorithms.TripleDES(key), modes.CBC(iv))


def small_key():
    # ruleid: SEC015
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def strong_key():
    # ok: SEC015
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def request_nonce() -> int:
    # ruleid: SEC015
    nonce = random.randint(0, 2**32)
    return nonce


def backoff() -> float:
    # ok: SEC015
    jitter = random.uniform(0, 1)
    return 2 + jitter
