# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A master key that never leaves its HSM, through PKCS#11 (python-pkcs11).

Data keys are wrapped and unwrapped *inside* the HSM with AES-256-GCM under a
non-extractable key, bound to the data key's id as with the software master
key. Whoever copies the key store and the server's environment still has no
master key: they need the HSM and its PIN. Any PKCS#11 module works (a network
HSM, a cloud HSM's client library, SoftHSM2 for tests).
"""

from __future__ import annotations

import hashlib
import os
import threading
from typing import Any

from .crypto import NONCE_BYTES
from .crypto import DecryptionError


class HsmError(RuntimeError):
    """The HSM could not be reached or has no such token or key."""


class Pkcs11MasterKey:
    """An AES key in a PKCS#11 token, found by token label and key label."""

    def __init__(self, *, module: str, token_label: str, pin: str, key_label: str):
        import pkcs11

        self._pkcs11 = pkcs11
        self.module, self.token_label, self.key_label = module, token_label, key_label
        self._pin = pin
        self._lock = threading.Lock()
        self._pid = -1
        self._session: Any = None
        self._key: Any = None
        try:
            self._lib = pkcs11.lib(module)
            serial = self._lib.get_token(token_label=token_label).serial
        except pkcs11.PKCS11Error as exc:
            raise HsmError(f"PKCS#11 token {token_label!r} not available.") from exc
        fingerprint = f"{bytes(serial).hex()}:{key_label}".encode()
        self._key_id = "p11-" + hashlib.sha256(fingerprint).hexdigest()[:12]

    @property
    def key_id(self) -> str:
        return self._key_id

    def __repr__(self) -> str:  # never the PIN
        return f"Pkcs11MasterKey(token={self.token_label!r}, key={self.key_label!r})"

    def _open(self) -> Any:
        """The key handle for this process (a forked child opens its own)."""
        pkcs11 = self._pkcs11
        if self._pid != os.getpid():
            if self._pid != -1:
                self._lib.reinitialize()
            token = self._lib.get_token(token_label=self.token_label)
            self._session = _session_open(token, self._pin)
            try:
                self._key = self._session.get_key(
                    label=self.key_label,
                    key_type=pkcs11.KeyType.AES,
                    object_class=pkcs11.ObjectClass.SECRET_KEY,
                )
            except (pkcs11.NoSuchKey, pkcs11.MultipleObjectsReturned) as exc:
                raise HsmError(
                    f"No single AES key {self.key_label!r} in the token."
                ) from exc
            self._pid = os.getpid()
        return self._key

    def _params(self, nonce: bytes, key_id: str) -> Any:
        from pkcs11.mechanisms import GCMParams

        return GCMParams(nonce, key_id.encode(), 128)

    def wrap(self, data_key: bytes, key_id: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        with self._lock:
            sealed = self._open().encrypt(
                data_key,
                mechanism=self._pkcs11.Mechanism.AES_GCM,
                mechanism_param=self._params(nonce, key_id),
            )
        return nonce + bytes(sealed)

    def unwrap(self, wrapped: bytes, key_id: str) -> bytes:
        try:
            with self._lock:
                return bytes(
                    self._open().decrypt(
                        wrapped[NONCE_BYTES:],
                        mechanism=self._pkcs11.Mechanism.AES_GCM,
                        mechanism_param=self._params(wrapped[:NONCE_BYTES], key_id),
                    )
                )
        except self._pkcs11.PKCS11Error as exc:
            raise DecryptionError(
                "The data key does not unwrap with the HSM's master key."
            ) from exc


def pkcs11_master_key_generate(
    *, module: str, token_label: str, pin: str, key_label: str
) -> None:
    """Create the non-extractable AES-256 master key inside the token."""
    import pkcs11

    try:
        token = pkcs11.lib(module).get_token(token_label=token_label)
    except pkcs11.PKCS11Error as exc:
        raise HsmError(f"PKCS#11 token {token_label!r} not available.") from exc
    with _session_open(token, pin, rw=True) as session:
        if list(session.get_objects({pkcs11.Attribute.LABEL: key_label})):
            raise HsmError(f"The token already holds a key {key_label!r}.")
        session.generate_key(
            pkcs11.KeyType.AES,
            256,
            label=key_label,
            store=True,
            template={
                pkcs11.Attribute.EXTRACTABLE: False,
                pkcs11.Attribute.SENSITIVE: True,
            },
        )


def _session_open(token: Any, pin: str, *, rw: bool = False) -> Any:
    import pkcs11

    try:
        return token.open(user_pin=pin, rw=rw)
    except pkcs11.UserAlreadyLoggedIn:
        # Login is per process and token: another session of ours did it.
        return token.open(rw=rw)
