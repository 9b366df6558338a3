"""Nothing unpublished reaches the open API: a draft or withdrawn edition is 404 on every endpoint, a
change after publication shows only once the edition is published again, and working notes and
figures hidden by the disclosure threshold are in no answer."""

from django.test import Client

from actionplan.models import Action
from cms.models import EditionPage
from monitor.models import Delivery, Footnote, Table
from monitor.services import observation_write
from tests.api.conftest import API, EDITIONS, REGION, api_text, edition_paths, get_json
from tests.cms.conftest import make_edition, make_figure_table
from tests.monitor.conftest import make_table

LATER = 987654  # a number that appears nowhere in the published edition


def _all_paths(year: int = 2025) -> list[str]:
    return [f"{API}/regions/", f"{API}/regions/{REGION}/", f"{EDITIONS}/", *edition_paths(year)]


def test_a_draft_edition_is_404_on_every_endpoint(site, plan):
    make_edition(site[1], year=2026, plan=plan, tables=[make_figure_table("tabel_concept")], publish=False)
    for path in edition_paths(2026, "tabel_concept"):
        for query in ("", "?version=1"):
            assert Client().get(path + query).status_code == 404, path + query
    assert Client().get(f"{EDITIONS}/").status_code == 404  # the region published nothing yet
    assert get_json(f"{API}/regions/")["count"] == 0


def test_a_withdrawn_edition_is_404_on_every_endpoint(edition):
    assert get_json(f"{EDITIONS}/2025/")["year"] == 2025
    EditionPage.objects.get(pk=edition.pk).unpublish()
    for path in edition_paths(2025):
        for query in ("", "?version=1"):
            assert Client().get(path + query).status_code == 404, path + query
    assert Client().get(f"{EDITIONS}/").status_code == 404
    assert get_json(f"{API}/regions/")["items"] == []


def test_a_private_edition_is_404(edition):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=edition, restriction_type="password", password="geheim-1234")
    for path in edition_paths(2025):
        assert Client().get(path).status_code == 404, path


def test_a_draft_of_a_published_edition_does_not_show(edition):
    before = {path: api_text(path) for path in _all_paths()}
    draft = EditionPage.objects.get(pk=edition.pk)
    draft.title = "Conceptversie die niemand mag zien"
    draft.save_revision()
    for path in _all_paths():
        assert "Conceptversie" not in api_text(path), path
        assert api_text(path) == before[path], path


def test_a_figure_changed_after_publication_shows_only_when_published_again(edition, plan):
    get_json(f"{EDITIONS}/2025/tables/tabel_test/", fresh=False)  # fills the caches
    table = Table.objects.get(code="tabel_test")
    observation_write(table=table, year=2025, coords={"uitbuitingsvorm": "seksueel"}, value=LATER, reason="t")
    Action.objects.filter(opgave__plan=plan).update(title="Interne werktitel")
    for path in _all_paths():
        for fresh in (False, True):
            client_text = Client().get(path).content.decode() if not fresh else api_text(path)
            assert str(LATER) not in client_text, path
            assert "Interne werktitel" not in client_text, path

    edition.correction_reason = "Nieuw cijfer"
    edition.save_revision().publish()
    assert str(LATER) in Client().get(f"{EDITIONS}/2025/tables/tabel_test/").content.decode()
    assert "Interne werktitel" in Client().get(f"{EDITIONS}/2025/plan/").content.decode()
    assert str(LATER) not in api_text(f"{EDITIONS}/2025/tables/tabel_test/?version=1")


def test_working_notes_are_in_no_answer(site, plan):
    table = make_figure_table("tabel_werk")
    table.working_note = "WERKNOTITIE-TABEL overgenomen uit een mail"
    table.save()
    Footnote.objects.create(
        table=table, number=1, text="Noot voor lezers.", working_note="WERKNOTITIE-NOOT alleen intern"
    )
    make_edition(site[1], plan=plan, tables=[table])
    for path in _all_paths() + [f"{EDITIONS}/2025/tables/tabel_werk/", f"{API}/openapi.json"]:
        text = api_text(path)
        assert "WERKNOTITIE" not in text, path
        assert "working_note" not in text and "werknotitie" not in text.lower(), path
    assert "Noot voor lezers." in api_text(f"{EDITIONS}/2025/tables/tabel_werk/")


def test_figures_under_the_disclosure_threshold_are_not_shown(site, plan):
    small = 3
    table = make_table(
        code="tabel_klein",
        dims={"gemeente": ["a", "b", "c", "totaal"]},
        totals={"gemeente": {"totaal": ["a", "b", "c"]}},
    )
    table.disclosure_threshold = 5
    table.save()
    Delivery.objects.create(
        region=table.region, partner=table.partner, year=2025, status=Delivery.Status.PUBLISHED
    )
    values = {"a": small, "b": 4111, "c": 4222, "totaal": 4111 + 4222 + small}
    for code, value in values.items():
        observation_write(table=table, year=2025, coords={"gemeente": code}, value=value, reason="t")
    make_edition(site[1], plan=plan, tables=[table])

    answer = get_json(f"{EDITIONS}/2025/tables/tabel_klein/")
    cells = {item["coordinates"]["gemeente"]: item for item in answer["items"]}
    assert cells["a"]["value"] is None
    assert cells["a"]["status"] == "suppressed" and cells["a"]["display"] == "x"
    # Secondary suppression: nothing left from which the small count could be computed.
    shown = [item["value"] for item in answer["items"] if item["value"] is not None]
    assert small not in shown
    hidden = [item for item in answer["items"] if item["status"] == "suppressed"]
    assert len(hidden) >= 2
    assert any(note["kind"] == "afscherming" for note in answer["table"]["footnotes"])
