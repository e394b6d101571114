# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
