# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every tag an audit event type declares is a :class:`Tag`: a typo ("hold" was
once used without being one) would leave entries a filter on the tag never finds."""

from herstel.audit.constants import Tag
from herstel.audit.registry import registry


def test_every_declared_tag_is_a_known_tag():
    known = set(Tag.values)
    unknown = {
        (event.name, tag)
        for event in registry
        for tag in event.tags
        if tag not in known
    }
    assert not unknown


def test_the_registry_is_filled():
    assert len(list(registry)) > 100
