# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The master key inside an HSM (PKCS#11), tested with SoftHSM2.

Skipped when SoftHSM2 (Debian package softhsm2) or python-pkcs11 is absent.
The token lives in a temporary directory for the session.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess

import pytest

from herstel.vault.crypto import DecryptionError
from herstel.vault.crypto import MasterKey
from herstel.vault.keystore import UnknownMasterKeyError

pkcs11 = pytest.importorskip("pkcs11", reason="python-pkcs11 is not installed")

MODULES = sorted(
    glob.glob("/usr/lib/softhsm/libsofthsm2.so")
    + glob.glob("/usr/lib/*/softhsm/libsofthsm2.so")
)
PIN = "1234"
TOKEN = "herstel-test"
SOFTWARE = MasterKey(key=b"s" * 32)


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory):
    """A SoftHSM2 token with a master key; returns the module path."""
    util = shutil.which("softhsm2-util")
    if not MODULES or util is None:
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2)")
    root = tmp_path_factory.mktemp("softhsm")
    (root / "tokens").mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {root / 'tokens'}\n"
        "objectstore.backend = file\nlog.level = ERROR\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read when the module initialises
    subprocess.run(  # noqa: S603
        [
            util,
            "--init-token",
            "--free",
            "--label",
            TOKEN,
            "--pin",
            PIN,
            "--so-pin",
            "5678",
        ],
        check=True,
        capture_output=True,
    )
    from herstel.vault.hsm import pkcs11_master_key_generate

    for label in ("master-a", "master-b"):
        pkcs11_master_key_generate(
            module=MODULES[0], token_label=TOKEN, pin=PIN, key_label=label
        )
    return MODULES[0]


def _hsm(module, label="master-a"):
    from herstel.vault.hsm import Pkcs11MasterKey

    return Pkcs11MasterKey(module=module, token_label=TOKEN, pin=PIN, key_label=label)


def test_data_keys_are_wrapped_inside_the_hsm(softhsm):
    master = _hsm(softhsm)
    wrapped = master.wrap(b"k" * 32, "key-1")
    assert b"k" * 32 not in wrapped
    assert master.unwrap(wrapped, "key-1") == b"k" * 32
    with pytest.raises(DecryptionError):
        master.unwrap(wrapped, "key-2")  # bound to its key id
    with pytest.raises(DecryptionError):
        _hsm(softhsm, "master-b").unwrap(wrapped, "key-1")
    assert master.key_id != _hsm(softhsm, "master-b").key_id
    assert master.key_id == _hsm(softhsm).key_id
    assert PIN not in repr(master)


def test_the_master_key_cannot_be_read_out_of_the_token(softhsm):
    master = _hsm(softhsm)
    master.wrap(b"x" * 32, "x")  # opens the session
    key = master._key
    assert key[pkcs11.Attribute.EXTRACTABLE] is False
    assert key[pkcs11.Attribute.SENSITIVE] is True
    with pytest.raises(pkcs11.PKCS11Error):
        key[pkcs11.Attribute.VALUE]


def test_a_second_key_with_the_same_label_is_refused(softhsm):
    from herstel.vault.hsm import HsmError
    from herstel.vault.hsm import pkcs11_master_key_generate

    with pytest.raises(HsmError):
        pkcs11_master_key_generate(
            module=softhsm, token_label=TOKEN, pin=PIN, key_label="master-a"
        )


def test_every_key_store_works_with_the_hsm_and_rotates_onto_it(softhsm, make_store):
    """Rotation from a software master key into the HSM, on each backend."""
    old = make_store(SOFTWARE)
    key_id, data_key = old.create_key()
    hsm = _hsm(softhsm)
    store = make_store(hsm, [SOFTWARE])
    assert store.rotate().rewrapped == 1
    only_hsm = make_store(hsm)
    assert only_hsm.get_key(key_id) == data_key
    new_id, new_key = only_hsm.create_key()
    assert only_hsm.get_key(new_id) == new_key
    with pytest.raises(UnknownMasterKeyError):
        make_store(SOFTWARE).get_key(key_id)
    only_hsm.shred(key_id)
    assert only_hsm._get(key_id) is None


def test_a_forked_worker_opens_its_own_hsm_session(softhsm):
    master = _hsm(softhsm)
    wrapped = master.wrap(b"f" * 32, "fork")
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        ok = False
        try:
            ok = master.unwrap(wrapped, "fork") == b"f" * 32
        finally:
            os._exit(0 if ok else 1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert master.unwrap(wrapped, "fork") == b"f" * 32


@pytest.mark.django_db
def test_the_configured_key_store_uses_the_hsm(softhsm, settings):
    from herstel.vault.hsm import Pkcs11MasterKey
    from herstel.vault.services import blob_put
    from herstel.vault.services import blob_read
    from herstel.vault.services import keystore_get

    settings.HERSTEL_PKCS11_MODULE = softhsm
    settings.HERSTEL_PKCS11_TOKEN = TOKEN
    settings.HERSTEL_PKCS11_PIN = PIN
    settings.HERSTEL_PKCS11_KEY_LABEL = "master-b"
    keystore_get.cache_clear()
    store = keystore_get()
    assert isinstance(store.master, Pkcs11MasterKey)
    # HERSTEL_MASTER_KEY stays readable as the key being rotated away from.
    assert MasterKey.from_text(settings.HERSTEL_MASTER_KEY).key_id in store.masters
    ref = blob_put(data=b"vertrouwelijk", purpose="test")
    assert store._get(ref.key_id)[1] == store.master.key_id
    assert blob_read(blob=ref, purpose="test") == b"vertrouwelijk"
