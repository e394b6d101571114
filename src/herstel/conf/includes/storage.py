# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Blob storage for encrypted documents: local files or any S3-compatible store."""

from ..env import config
from .paths import VAR_DIR

_BLOB_BACKEND = config(
    "HERSTEL_BLOB_STORAGE",
    "filesystem",
    help_text=(
        "Where encrypted blobs go: 'filesystem' (under HERSTEL_BLOB_ROOT) or 's3' "
        "(any S3-compatible store via django-storages; install the 's3' extra)."
    ),
    group="Storage",
)
if _BLOB_BACKEND == "s3":
    _BLOBS = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": config(
                "HERSTEL_S3_BUCKET", help_text="S3 bucket for blobs.", group="Storage"
            ),
            "endpoint_url": config(
                "HERSTEL_S3_ENDPOINT_URL",
                None,
                help_text="S3 endpoint URL for a non-AWS store (MinIO, Ceph, ...).",
                group="Storage",
            ),
            "access_key": config(
                "HERSTEL_S3_ACCESS_KEY",
                None,
                help_text="S3 access key id.",
                group="Storage",
                secret=True,
            ),
            "secret_key": config(
                "HERSTEL_S3_SECRET_KEY",
                None,
                help_text="S3 secret access key.",
                group="Storage",
                secret=True,
            ),
            "region_name": config(
                "HERSTEL_S3_REGION", None, help_text="S3 region.", group="Storage"
            ),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    _BLOBS = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": config(
                "HERSTEL_BLOB_ROOT",
                str(VAR_DIR / "blobs"),
                help_text="Directory for encrypted blobs (filesystem storage).",
                group="Storage",
            ),
            "base_url": None,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }

_STATIC_MANIFEST = config(
    "HERSTEL_STATIC_MANIFEST",
    True,
    cast=bool,
    help_text=(
        "Serve collected, fingerprinted static files (run 'herstel collectstatic'). "
        "The development and test settings serve them from the source instead."
    ),
    group="Storage",
)
WHITENOISE_USE_FINDERS = not _STATIC_MANIFEST
WHITENOISE_AUTOREFRESH = not _STATIC_MANIFEST

STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(VAR_DIR / "media")},
    },
    "blobs": _BLOBS,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if _STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
