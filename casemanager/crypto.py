"""Cryptographic building blocks of the key slots: Argon2id, AES-256-GCM and sealed boxes.

A slot holds an X25519 key pair. Its private key is wrapped with AES-256-GCM under a key
derived from the user's password (Argon2id) or the recovery key (HKDF); the data key is
sealed to its public key (ephemeral X25519 + HKDF + AES-256-GCM). The indirection is what
lets ``rotate-key`` give every remaining user the new data key without knowing their
passwords, while a removed user who kept the old data key learns nothing about the new one.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


class DecryptionFailed(Exception):
    """The key was wrong or the ciphertext was changed."""


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    parallelism: int

    def is_at_least(self, other: Argon2Params) -> bool:
        return self.memory_kib >= other.memory_kib and self.iterations >= other.iterations


# OWASP's minimum for Argon2id; no slot is ever made or accepted below it.
OWASP_MINIMUM = Argon2Params(memory_kib=19_456, iterations=2, parallelism=1)
# Calibrated on the project's 2-core machines: about 0.5 s per unlock (memory is what
# makes guessing expensive on GPUs, so the cost is spent on memory rather than passes).
CALIBRATED = Argon2Params(memory_kib=262_144, iterations=2, parallelism=1)


def default_argon2_params() -> Argon2Params:
    """Parameters for new slots. ``CASEMANAGER_KDF=minimum`` (tests, demo) picks OWASP's
    minimum, which is still a real Argon2id cost; anything else gets the calibrated one."""
    if os.environ.get("CASEMANAGER_KDF") == "minimum":
        return OWASP_MINIMUM
    return CALIBRATED


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def random_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_from_password(password: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def derive_from_secret(secret: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF for inputs that already have full entropy (recovery key, X25519 output)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed from exc


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def seal(public_key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = derive_from_secret(shared, ephemeral_public + public_key, b"casemanager seal v1")
    return ephemeral_public + encrypt(key, plaintext, aad)


def unseal(private_key: bytes, blob: bytes, aad: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(private_key)
    ephemeral_public = blob[:KEY_BYTES]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise DecryptionFailed from exc
    public = _raw_public(private.public_key())
    key = derive_from_secret(shared, ephemeral_public + public, b"casemanager seal v1")
    return decrypt(key, blob[KEY_BYTES:], aad)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
