# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Identity verification through an OpenID Connect provider, with the token
endpoint mocked (no network): a good login verifies the request; a replayed
state, a wrong nonce or another client's token does not; the download page
accepts a fresh login of the same person only."""

import re
import time
from unittest import mock
from urllib.parse import parse_qs
from urllib.parse import urlparse

from django.core import mail
from django.test import Client

import jwt
import pytest

from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.models import IdentityVerification
from herstel.inquiries.services import _link_create
from herstel.inquiries.services import request_submit
from herstel.inquiries.services import verification_invite

from .conftest import johan_data

pytestmark = pytest.mark.django_db(transaction=True)

SECRET = "test-client-secret-of-at-least-32-bytes!"
CLIENT_ID = "herstel-test"


@pytest.fixture
def oidc(settings):
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = "https://idp.example/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = "https://idp.example/token"
    settings.OIDC_OP_USER_ENDPOINT = "https://idp.example/userinfo"
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = SECRET
    settings.OIDC_RP_SIGN_ALGO = "HS256"
    return settings


def _token_response(*, nonce, sub="digid-123", aud=CLIENT_ID):
    id_token = jwt.encode(
        {
            "iss": "https://idp.example",
            "sub": sub,
            "aud": aud,
            "nonce": nonce,
            "iat": int(time.time()),
            "exp": int(time.time()) + 300,
        },
        SECRET,
        algorithm="HS256",
    )
    response = mock.Mock(status_code=200)
    response.json.return_value = {"id_token": id_token, "access_token": "at"}
    return response


def _start(client, path):
    response = client.get(path)
    assert response.status_code == 302
    target = urlparse(response["Location"])
    assert target.netloc == "idp.example"
    params = parse_qs(target.query)
    assert params["client_id"] == [CLIENT_ID]
    assert params["code_challenge_method"] == ["S256"]
    return params["state"][0], params["nonce"][0]


def _come_back(client, *, state, **token):
    """The identity provider sends the browser back with a code for ``state``;
    its token endpoint answers with ``_token_response(**token)``. Returns the
    response and the mocked token request."""
    with mock.patch(
        "mozilla_django_oidc.auth.requests.post",
        return_value=_token_response(**token),
    ) as post:
        response = client.get(
            "/inzage/identiteit/terug/", {"code": "c", "state": state}
        )
    return response, post


@pytest.fixture
def oidc_request(oidc, campaign, analyst):
    request = request_submit(
        campaign=campaign,
        data=johan_data(),
        channel="web",
        verification_method=VerificationMethod.OIDC,
    )
    verification_invite(request=request, actor=analyst)
    path = re.search(r"https?://[^/]+(/inzage/identiteit/\S+/)", mail.outbox[-1].body)
    return request, path.group(1)


def test_login_verifies_the_request(oidc_request):
    request, path = oidc_request
    client = Client()
    state, nonce = _start(client, path)
    response, post = _come_back(client, state=state, nonce=nonce)
    assert response.status_code == 200
    assert "Identiteit vastgesteld" in response.content.decode()
    sent = post.call_args.kwargs["data"]
    assert sent["code"] == "c" and "code_verifier" in sent
    request.refresh_from_db()
    assert request.status == RequestStatus.SEARCHING
    verification = IdentityVerification.objects.get(request=request)
    assert verification.method == "oidc" and verification.verified_by is None
    assert (
        verification.subject_digest and "digid-123" not in verification.subject_digest
    )
    # The state is used once.
    again = client.get("/inzage/identiteit/terug/", {"code": "c", "state": state})
    assert again.status_code == 400


@pytest.mark.parametrize(
    "token_kwargs", [{"nonce": "wrong"}, {"aud": "another-client"}]
)
def test_bad_tokens_verify_nothing(oidc_request, token_kwargs):
    request, path = oidc_request
    client = Client()
    state, nonce = _start(client, path)
    response, _post = _come_back(
        client, state=state, **{"nonce": nonce, **token_kwargs}
    )
    assert response.status_code == 400
    request.refresh_from_db()
    assert request.status == RequestStatus.VERIFYING
    assert not IdentityVerification.objects.exists()


def test_download_relogin_must_be_the_same_person(oidc_request):
    request, path = oidc_request
    client = Client()
    state, nonce = _start(client, path)
    _come_back(client, state=state, nonce=nonce)
    request.status = RequestStatus.OBJECTION_WINDOW
    request.save()
    _link, token = _link_create(request)
    page = f"/inzage/download/{token}/"
    for sub, expected in (("someone-else", 403), ("digid-123", 302)):
        client.get(page)
        response = client.post(page, {"action": "login"})
        params = parse_qs(urlparse(response["Location"]).query)
        back, _post = _come_back(
            client, state=params["state"][0], nonce=params["nonce"][0], sub=sub
        )
        assert back.status_code == expected, sub
    assert back["Location"] == page
    assert IdentityVerification.objects.filter(purpose="download").count() == 1
