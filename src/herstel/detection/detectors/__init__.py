# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The project's detectors. Importing this package registers each of them.

Registration is explicit: add a module here and import it below; the order of
the imports is the order of the registry.
"""

from . import addresses
from . import dates
from . import identifiers
from . import names
from . import special

__all__ = ["addresses", "dates", "identifiers", "names", "special"]
