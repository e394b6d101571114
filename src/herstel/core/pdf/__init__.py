# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The PDF toolkit every PDF in Herstel is made with (ReportLab).

- :mod:`.text`: every user text goes into a PDF as *plain text*
  (:func:`plain`, :func:`paragraph`): ReportLab reads ``<a>``, ``<img>``,
  ``<font>`` and entities in a paragraph as markup, so a name such as
  ``<a href=…>`` would otherwise become a live link and ``<img src=…>`` a
  crash.
- :mod:`.layout`: the styles, the document template with the letterhead line
  and page numbers, and tables whose cells wrap.
- :mod:`.redaction`: the pure redaction engine ("lakken").
"""

from reportlab import rl_config

# Streams compressed only (no ASCII85 on top): a quarter smaller, and pypdf
# reads them back without a pure-Python ASCII85 pass when it tags them.
rl_config.useA85 = 0
