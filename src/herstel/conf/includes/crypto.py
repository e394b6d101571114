# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Envelope encryption: master key, key store and shred journal."""

from ..env import REQUIRED
from ..env import config
from .paths import VAR_DIR

HERSTEL_PKCS11_MODULE = config(
    "HERSTEL_PKCS11_MODULE",
    "",
    help_text=(
        "Path of a PKCS#11 module (e.g. /usr/lib/softhsm/libsofthsm2.so or your "
        "HSM vendor's library). Set: the master key lives in that HSM and never "
        "leaves it; HERSTEL_MASTER_KEY then only names a previous key to rotate "
        "away from. Create the key with 'herstel generate_master_key --pkcs11'."
    ),
    group="Encryption",
)
HERSTEL_PKCS11_TOKEN = config(
    "HERSTEL_PKCS11_TOKEN",
    "herstel",
    help_text="Label of the PKCS#11 token holding the master key.",
    group="Encryption",
)
HERSTEL_PKCS11_PIN = config(
    "HERSTEL_PKCS11_PIN",
    "",
    help_text="User PIN of the PKCS#11 token.",
    group="Encryption",
    secret=True,
)
HERSTEL_PKCS11_KEY_LABEL = config(
    "HERSTEL_PKCS11_KEY_LABEL",
    "herstel-master",
    help_text="Label of the AES-256 master key inside the PKCS#11 token.",
    group="Encryption",
)
HERSTEL_MASTER_KEY = config(
    "HERSTEL_MASTER_KEY",
    "" if HERSTEL_PKCS11_MODULE else REQUIRED,
    help_text=(
        "The master key that wraps every data key: 32 random bytes, URL-safe "
        "base64 (generate with 'herstel generate_master_key'). Keep it apart "
        "from database and storage backups. Not needed with a PKCS#11 master "
        "key (HERSTEL_PKCS11_MODULE): there it names the software key being "
        "rotated away from."
    ),
    group="Encryption",
    secret=True,
)
HERSTEL_PREVIOUS_MASTER_KEYS = config(
    "HERSTEL_PREVIOUS_MASTER_KEYS",
    [],
    cast=list,
    help_text=(
        "Comma-separated older master keys, only during a rotation: data keys "
        "wrapped by these are still readable until 'herstel rotate_master_key' "
        "re-wraps them under HERSTEL_MASTER_KEY."
    ),
    group="Encryption",
    secret=True,
)
HERSTEL_KEYSTORE_BACKEND = config(
    "HERSTEL_KEYSTORE_BACKEND",
    "herstel.vault.keystore.SQLiteKeyStore",
    help_text=(
        "Dotted path of the key store class. The default keeps wrapped data "
        "keys in their own SQLite file under HERSTEL_KEYSTORE_DIR (one machine). "
        "'herstel.vault.keystore_postgres.PostgresKeyStore' keeps keys and "
        "shred journal in their own PostgreSQL database "
        "(HERSTEL_KEYSTORE_DATABASE_URL), shared by every web server and "
        "worker. Plug in a KMS or Vault by subclassing "
        "herstel.vault.keystore.KeyStore."
    ),
    group="Encryption",
)
HERSTEL_KEYSTORE_DIR = config(
    "HERSTEL_KEYSTORE_DIR",
    str(VAR_DIR / "keys"),
    help_text=(
        "Directory of the key store and the shred journal. Back it up "
        "separately from the database and blob storage, with a short retention."
    ),
    group="Encryption",
)
HERSTEL_KEYSTORE_DATABASE_URL = config(
    "HERSTEL_KEYSTORE_DATABASE_URL",
    "",
    help_text=(
        "PostgreSQL URL of the key store's own database, for the PostgreSQL "
        "key store only (postgres://ROLE:PASSWORD@HOST:5432/herstel_keys). Use "
        "another database and another role than DATABASE_URL, so a dump or a "
        "compromised role of the main database never reaches a key."
    ),
    group="Encryption",
    secret=True,
)
HERSTEL_DESTRUCTION_BATCH_SIZE = config(
    "HERSTEL_DESTRUCTION_BATCH_SIZE",
    200,
    cast=int,
    help_text=(
        "Documents a destruction run destroys per group commit: one durable "
        "shred-journal write, one key deletion and one database transaction "
        "(audit entries included) per group. 1 destroys one document at a "
        "time (the slower, older path)."
    ),
    group="Encryption",
)
HERSTEL_BLIND_INDEX_KEY = config(
    "HERSTEL_BLIND_INDEX_KEY",
    "",
    help_text=(
        "Key of the blind name index (32 random bytes, URL-safe base64, like "
        "the master key). Empty: derived from HERSTEL_MASTER_KEY. Set it "
        "explicitly before rotating the master key; after changing it, run "
        "'herstel index_subjects --rebuild'."
    ),
    group="Encryption",
    secret=True,
)

if HERSTEL_PKCS11_MODULE and not (HERSTEL_MASTER_KEY or HERSTEL_BLIND_INDEX_KEY):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        "With a PKCS#11 master key, set HERSTEL_BLIND_INDEX_KEY: the blind name "
        "index can no longer be derived from HERSTEL_MASTER_KEY."
    )
