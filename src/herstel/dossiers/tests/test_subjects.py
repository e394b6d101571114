# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Person mentions are grouped into subjects through a blind index; analysts
search with any spelling, confirm, merge and split; shredding empties the index."""

from django.core.exceptions import PermissionDenied

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.dossiers.models import Mention
from herstel.dossiers.models import NameKey
from herstel.dossiers.models import Subject
from herstel.dossiers.names import KeyKind
from herstel.dossiers.services import document_shred
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create
from herstel.dossiers.subjects import subject_confirm
from herstel.dossiers.subjects import subject_merge
from herstel.dossiers.subjects import subject_search
from herstel.dossiers.subjects import subject_split
from herstel.dossiers.subjects import subjects_index_dossier

pytestmark = pytest.mark.django_db

NOTE_ONE = (
    "Verslag gesprek\n\nDe heer Johan van der Berg uit Zwolle sprak met imam "
    "Yusuf Kaya. Later belde J. van der Berg opnieuw.\n"
)
NOTE_TWO = (
    "Notitie\n\nGesprek met A. el Amrani uit Ede. Ook Yusuf Kaya uit Ede was er.\n"
)
NOTE_THREE = (
    "Brief\n\nDe brief van Ahmed el Amrani ging over Jan van der Berg uit Utrecht.\n"
)


@pytest.fixture
def analyst():
    return UserFactory(roles=[Role.ANALYST])


@pytest.fixture
def inventory(analyst):
    dossier = dossier_create(slug="demo", title="Demo")
    docs = [
        document_store(
            dossier=dossier, data=text.encode(), filename=f"{i}.txt", actor=analyst
        ).document
        for i, text in enumerate((NOTE_ONE, NOTE_TWO, NOTE_THREE))
    ]
    return dossier, docs


def _subject_of(document, text, spelling):
    start = text.index(spelling)
    return Mention.objects.get(document=document, start=start).subject


def test_variants_in_and_across_documents_join(inventory):
    _dossier, (one, two, three) = inventory
    johan = _subject_of(one, NOTE_ONE, "Johan van der Berg")
    assert johan is not None
    assert _subject_of(one, NOTE_ONE, "J. van der Berg") == johan
    amrani = _subject_of(two, NOTE_TWO, "A. el Amrani")
    assert _subject_of(three, NOTE_THREE, "Ahmed el Amrani") == amrani
    assert _subject_of(two, NOTE_TWO, "Yusuf Kaya") == _subject_of(
        one, NOTE_ONE, "Yusuf Kaya"
    )
    # Another given name is another person.
    assert _subject_of(three, NOTE_THREE, "Jan van der Berg") != johan


def test_index_holds_no_readable_names(inventory):
    digests = list(NameKey.objects.values_list("digest", flat=True))
    assert digests
    assert not any("berg" in d or "kaya" in d for d in digests)
    assert all(len(d) == 32 for d in digests)


def test_indexing_is_idempotent(inventory, analyst):
    dossier, _docs = inventory
    before = (Subject.objects.count(), NameKey.objects.count())
    assert subjects_index_dossier(dossier=dossier, actor=analyst) == 0
    assert (Subject.objects.count(), NameKey.objects.count()) == before


def test_reindex_after_losing_the_index(inventory, analyst):
    dossier, (one, *_rest) = inventory
    NameKey.objects.all().delete()
    Mention.objects.update(subject=None)
    assert subjects_index_dossier(dossier=dossier, actor=analyst) > 0
    assert _subject_of(one, NOTE_ONE, "J. van der Berg") == _subject_of(
        one, NOTE_ONE, "Johan van der Berg"
    )
    assert AuditEvent.objects.filter(event="subjects.indexed").exists()


@pytest.mark.parametrize(
    "query", ["A. El Amrani", "El Amrani, A.", "ahmed el amrani", "Amrani"]
)
def test_search_finds_any_variant(inventory, analyst, query):
    _dossier, (_one, two, _three) = inventory
    amrani = _subject_of(two, NOTE_TWO, "A. el Amrani")
    found = subject_search(actor=analyst, names=[query])
    assert found and found[0].subject == amrani
    assert two in found[0].documents


def test_search_ranks_full_name_and_place(inventory, analyst):
    _dossier, (one, _two, three) = inventory
    johan = _subject_of(one, NOTE_ONE, "Johan van der Berg")
    jan = _subject_of(three, NOTE_THREE, "Jan van der Berg")
    found = subject_search(actor=analyst, names=["Johan van der Berg"])
    assert found[0].subject == johan
    assert found[0].match == KeyKind.FULL
    by_place = subject_search(actor=analyst, names=["Van der Berg"], places=["Utrecht"])
    assert by_place[0].subject == jan and by_place[0].place_match


def test_search_requires_inventory_role(inventory):
    with pytest.raises(PermissionDenied):
        subject_search(actor=UserFactory(roles=[Role.POLICY_OFFICER]), names=["Kaya"])


def test_confirm_merge_split_are_audited(inventory, analyst):
    _dossier, (one, _two, three) = inventory
    johan = _subject_of(one, NOTE_ONE, "Johan van der Berg")
    jan = _subject_of(three, NOTE_THREE, "Jan van der Berg")
    subject_confirm(subject=johan, actor=analyst)
    merged = subject_merge(target=johan, others=[jan], actor=analyst)
    assert Mention.objects.filter(subject=merged).count() == 3
    jan.refresh_from_db()
    assert jan.status == "merged" and jan.merged_into == johan
    moved = Mention.objects.get(document=three, start=NOTE_THREE.index("Jan van"))
    new = subject_split(subject=johan, mention_ids=[moved.pk], actor=analyst)
    assert list(new.mentions.all()) == [moved]
    assert set(
        NameKey.objects.filter(mention=moved).values_list("subject", flat=True)
    ) == {new.pk}
    events = set(AuditEvent.objects.values_list("event", flat=True))
    assert {"subject.confirmed", "subject.merged", "subject.split"} <= events
    with pytest.raises(PermissionDenied):
        subject_confirm(subject=johan, actor=UserFactory(roles=[Role.REVIEWER]))


def test_shredding_removes_index_rows(inventory, analyst):
    _dossier, (one, *_rest) = inventory
    assert NameKey.objects.filter(mention__document=one).exists()
    document_shred(document=one, actor=analyst, reason="test")
    assert not NameKey.objects.filter(mention__document=one).exists()
    found = subject_search(actor=analyst, names=["Johan van der Berg"])
    assert all(one not in c.documents for c in found)


def test_rebuild_keeps_subjects_and_search(inventory, analyst, settings):
    from django.core.management import call_command

    _dossier, (one, *_rest) = inventory
    johan = _subject_of(one, NOTE_ONE, "Johan van der Berg")
    before = set(NameKey.objects.values_list("digest", flat=True))
    settings.HERSTEL_BLIND_INDEX_KEY = "A" * 43 + "="
    call_command("index_subjects", rebuild=True)
    after = set(NameKey.objects.values_list("digest", flat=True))
    assert before.isdisjoint(after)
    found = subject_search(actor=analyst, names=["J. van der Berg"])
    assert found[0].subject == johan


def test_find_a_person_page(inventory, analyst):
    from django.test import Client
    from django.urls import reverse

    from herstel.accounts.tests.factories import login_verified

    client = Client()
    login_verified(client, analyst)
    url = reverse("dossiers:subject_search")
    assert client.get(url).status_code == 200
    response = client.post(url, {"name": "El Amrani, A.", "place": "Ede"})
    body = response.content.decode()
    _dossier, (_one, two, _three) = inventory
    assert two.reference in body
    entry = AuditEvent.objects.get(event="subject.searched")
    assert entry.actor_id == analyst.pk
    assert entry.context["fields"] == ["name", "place"]
    assert "Amrani" not in str(entry.context)
    other = Client()
    login_verified(other, UserFactory(roles=[Role.PRIVACY_OFFICER]))
    assert other.post(url, {"name": "Amrani"}).status_code == 403
    # Names travel in the body, never in the URL (access logs).
    assert '<form method="post"' in client.get(url).content.decode()


def test_same_place_decides_between_namesakes(analyst):
    """ "A. Kaya" joins the Ayse Kaya from Ede, not the Ahmet Kaya from Zwolle."""
    dossier = dossier_create(slug="kaya", title="Kaya")
    texts = [
        "Notitie\n\nGesprek met Ayse Kaya uit Ede over de wijk.\n",
        "Notitie\n\nGesprek met Ahmet Kaya uit Zwolle over de wijk.\n",
        "Verslag\n\nDaarna sprak A. Kaya uit Ede met de wijkagent.\n",
    ]
    docs = [
        document_store(
            dossier=dossier, data=text.encode(), filename=f"{i}.txt", actor=analyst
        ).document
        for i, text in enumerate(texts)
    ]
    ayse = _subject_of(docs[0], texts[0], "Ayse Kaya")
    ahmet = _subject_of(docs[1], texts[1], "Ahmet Kaya")
    assert ayse != ahmet
    assert _subject_of(docs[2], texts[2], "A. Kaya") == ayse
