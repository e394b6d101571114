# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

KEY_SHREDDED = event(
    "vault.key_shredded", _("Destroyed a data key"), tags=("destruction",)
)
KEYSTORE_RESTORED = event(
    "vault.keystore_restored",
    _("Restored the key store from a backup"),
    tags=("security",),
)
KEYSTORE_BACKED_UP = event(
    "vault.keystore_backed_up", _("Backed up the key store"), tags=("security",)
)
MASTER_KEY_ROTATED = event(
    "vault.master_key_rotated", _("Rotated the master key"), tags=("security",)
)
