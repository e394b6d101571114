# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The real client address behind trusted reverse proxies.

Login lockout (django-axes, through ``AXES_CLIENT_IP_CALLABLE``) and the public
forms' limits key on this address. Without configured proxies it is the socket
address. With ``HERSTEL_TRUSTED_PROXIES``, ``X-Forwarded-For`` is believed only
when the connection itself comes from one of those proxies; the client is then
the address ``HERSTEL_PROXY_COUNT`` hops left of the connection (django-ipware
picks it, so a client cannot choose its own address by sending the header).
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

from ipware import get_client_ip

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _trusted(address: str) -> bool:
    entries = tuple(getattr(settings, "HERSTEL_TRUSTED_PROXIES", ()) or ())
    if not entries:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in network for network in _networks(entries))


def client_address(request: HttpRequest) -> str:
    """The client's address: the socket's, or the one a trusted proxy reports."""
    remote = str(request.META.get("REMOTE_ADDR") or "")
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR") or "").strip()
    if not forwarded or not _trusted(remote):
        return remote
    # The connecting proxy is the last hop of the chain; each proxy in front
    # of it appended the address it saw to X-Forwarded-For.
    chain = {"HTTP_X_FORWARDED_FOR": f"{forwarded}, {remote}"}
    proxy_request = HttpRequest()
    proxy_request.META = chain
    address, _routable = get_client_ip(
        proxy_request,
        proxy_order="left-most",
        proxy_count=settings.HERSTEL_PROXY_COUNT,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    return address or remote
