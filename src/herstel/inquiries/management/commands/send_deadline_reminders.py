# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from herstel.core.commands import reminders_command
from herstel.inquiries.services import deadline_reminders_send

Command = reminders_command(send=deadline_reminders_send, requests="access requests")
