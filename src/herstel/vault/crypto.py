# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Envelope encryption primitives: AES-256-GCM data keys wrapped by a master key.

Pure Python on top of ``cryptography``; no Django, no I/O.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BLOB_MAGIC = b"HRST\x01"
NONCE_BYTES = 12
KEY_BYTES = 32


class DecryptionError(Exception):
    """Ciphertext could not be opened: wrong key, tampered data or not ours."""


class MasterKeyError(ValueError):
    """A master key is malformed."""


class KeyWrapper(Protocol):
    """A master key: wraps and unwraps data keys, named by a fingerprint.

    :class:`MasterKey` holds the key in memory; a PKCS#11 master key
    (:mod:`herstel.vault.hsm`) never leaves its HSM.
    """

    @property
    def key_id(self) -> str: ...

    def wrap(self, data_key: bytes, key_id: str) -> bytes: ...

    def unwrap(self, wrapped: bytes, key_id: str) -> bytes: ...


@dataclass(frozen=True, slots=True)
class MasterKey:
    """A 256-bit key-encryption key, identified by a fingerprint, never by value."""

    key: bytes

    @property
    def key_id(self) -> str:
        return hashlib.sha256(b"herstel-master-key-id:" + self.key).hexdigest()[:16]

    @classmethod
    def from_text(cls, text: str) -> MasterKey:
        """Parse URL-safe base64 (standard base64 is accepted as well)."""
        cleaned = text.strip()
        try:
            raw = base64.urlsafe_b64decode(cleaned.replace("+", "-").replace("/", "_"))
        except (binascii.Error, ValueError) as exc:
            raise MasterKeyError("A master key must be base64 text.") from exc
        if len(raw) != KEY_BYTES:
            raise MasterKeyError("A master key must decode to exactly 32 bytes.")
        return cls(key=raw)

    @staticmethod
    def generate_text() -> str:
        return base64.urlsafe_b64encode(os.urandom(KEY_BYTES)).decode("ascii")

    def wrap(self, data_key: bytes, key_id: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + AESGCM(self.key).encrypt(nonce, data_key, key_id.encode())

    def unwrap(self, wrapped: bytes, key_id: str) -> bytes:
        try:
            return AESGCM(self.key).decrypt(
                wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], key_id.encode()
            )
        except InvalidTag as exc:
            raise DecryptionError(
                "The data key does not unwrap with this master key."
            ) from exc


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def wrap_key(*, master: KeyWrapper, data_key: bytes, key_id: str) -> bytes:
    """Encrypt a data key under the master key, bound to its key id."""
    return master.wrap(data_key, key_id)


def unwrap_key(*, master: KeyWrapper, wrapped: bytes, key_id: str) -> bytes:
    return master.unwrap(wrapped, key_id)


def seal(*, data_key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt bytes with a data key; the result starts with a format marker."""
    nonce = os.urandom(NONCE_BYTES)
    return BLOB_MAGIC + nonce + AESGCM(data_key).encrypt(nonce, plaintext, aad)


def unseal(*, data_key: bytes, sealed: bytes, aad: bytes) -> bytes:
    if not sealed.startswith(BLOB_MAGIC):
        raise DecryptionError("Not a Herstel ciphertext.")
    body = sealed[len(BLOB_MAGIC) :]
    try:
        return AESGCM(data_key).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise DecryptionError("Ciphertext does not open with this key.") from exc
