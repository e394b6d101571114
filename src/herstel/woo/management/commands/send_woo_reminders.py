# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from herstel.core.commands import reminders_command
from herstel.woo.services import woo_reminders_send

Command = reminders_command(send=woo_reminders_send, requests="Woo requests")
