# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import SECURITY
from herstel.audit.registry import EventFamily

_vault = EventFamily("vault", tags=SECURITY)

KEY_SHREDDED = _vault("key_shredded", _("Destroyed a data key"), tags=("destruction",))
KEYSTORE_RESTORED = _vault(
    "keystore_restored", _("Restored the key store from a backup")
)
KEYSTORE_BACKED_UP = _vault("keystore_backed_up", _("Backed up the key store"))
MASTER_KEY_ROTATED = _vault("master_key_rotated", _("Rotated the master key"))
