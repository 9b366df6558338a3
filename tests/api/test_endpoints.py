"""Each endpoint of the open API answers what the published edition shows, in the documented shape."""

import datetime

from monitor.models import Footnote, Table
from tests.api.conftest import EDITIONS, get_json
from tests.cms.conftest import make_edition, make_figure_table


def test_editions_lists_the_published_edition_with_its_files(edition):
    answer = get_json(f"{EDITIONS}/")
    assert answer["count"] == 1
    [item] = answer["items"]
    assert item["year"] == 2025
    assert item["title"] == "Mensenhandelmonitor 2025"
    assert item["publication_date"] == "2026-03-01"
    assert item["current_version"] == 1 and item["versions_count"] == 1
    assert item["url"] == "http://testserver/api/v1/regions/testregio/editions/2025/"
    assert item["web_url"].endswith("/monitor/2025/")
    assert item["pdf_url"].endswith("/monitor/2025/pdf/")
    assert item["csv_url"].endswith("/monitor/2025/cijfers.csv")


def test_edition_has_its_versions_and_links(edition):
    answer = get_json(f"{EDITIONS}/2025/")
    assert answer["version"] == 1
    [version] = answer["versions"]
    assert version["is_current"] and not version["is_correction"] and version["correction_reason"] is None
    assert version["web_url"].endswith("/monitor/2025/versies/1/")
    assert answer["tables_url"] == "http://testserver/api/v1/regions/testregio/editions/2025/tables/"
    assert answer["plan_url"] == "http://testserver/api/v1/regions/testregio/editions/2025/plan/"


def test_tables_give_dimensions_units_and_source(edition):
    answer = get_json(f"{EDITIONS}/2025/tables/")
    assert answer["count"] == 1
    [table] = answer["items"]
    table_row = Table.objects.get(code="tabel_test")
    assert table["code"] == "tabel_test"
    assert table["title"] == table_row.title and table["unit"] == table_row.unit
    assert table["years"] == [2025]
    assert table["observations_count"] == 2
    [dimension] = table["dimensions"]
    assert dimension["code"] == "uitbuitingsvorm"
    assert [value["code"] for value in dimension["values"]] == ["seksueel", "arbeid"]
    assert table["url"] == "http://testserver/api/v1/regions/testregio/editions/2025/tables/tabel_test/"


def test_table_gives_its_observations_with_footnotes(site, plan):
    table = make_figure_table("tabel_noten")
    observation = table.observations.get(year=2025, coord_key="uitbuitingsvorm=seksueel")
    Footnote.objects.create(table=table, number=1, text="Noot van de bron.", observation=observation)
    Footnote.objects.create(
        table=table,
        number=2,
        text="Het totaal wijkt af: uitgelegd.",
        kind=Footnote.Kind.QUALITY,
        year=2025,
        observation=observation,
    )
    Footnote.objects.create(table=table, number=3, text="Over de hele tabel.")
    make_edition(site[1], tables=[table])

    answer = get_json(f"{EDITIONS}/2025/tables/tabel_noten/")
    assert answer["count"] == 2
    cells = {item["coordinates"]["uitbuitingsvorm"]: item for item in answer["items"]}
    assert cells["seksueel"]["value"] == 12 and cells["arbeid"]["value"] == 13
    assert cells["seksueel"]["status"] == "ok"
    assert [note["text"] for note in cells["seksueel"]["footnotes"]] == ["Noot van de bron."]
    assert [note["text"] for note in cells["seksueel"]["quality_notes"]] == [
        "Het totaal wijkt af: uitgelegd."
    ]
    assert cells["arbeid"]["footnotes"] == [] and cells["arbeid"]["quality_notes"] == []
    levels = {note["number"]: (note["level"], note["kind"]) for note in answer["table"]["footnotes"]}
    assert levels == {1: ("cel", "bron"), 2: ("cel", "kwaliteit"), 3: ("tabel", "bron")}


def test_a_missing_figure_is_null_not_zero(site, plan):
    table = make_figure_table("tabel_leeg")
    table.observations.filter(coord_key="uitbuitingsvorm=arbeid").update(value=None)
    make_edition(site[1], tables=[table])
    cells = {
        item["coordinates"]["uitbuitingsvorm"]: item
        for item in get_json(f"{EDITIONS}/2025/tables/tabel_leeg/")["items"]
    }
    assert cells["arbeid"]["value"] is None
    assert cells["arbeid"]["status"] == "missing"
    assert cells["arbeid"]["display"] == "niet beschikbaar"


def test_observations_are_paginated(edition):
    first = get_json(f"{EDITIONS}/2025/tables/tabel_test/?limit=1")
    second = get_json(f"{EDITIONS}/2025/tables/tabel_test/?limit=1&offset=1")
    assert first["count"] == second["count"] == 2
    assert len(first["items"]) == len(second["items"]) == 1
    assert first["items"] != second["items"]


def test_plan_gives_status_counts_actions_and_outlook_per_opgave(edition, plan):
    answer = get_json(f"{EDITIONS}/2025/plan/")
    [state] = answer["plan_states"]
    assert state["plan"] == "Actieplan 2024-2026" and state["year"] == 2025 and state["actions_shown"]
    assert [opgave["number"] for opgave in state["opgaven"]] == [1, 2]
    first = state["opgaven"][0]
    assert first["actions_count"] == 2 == sum(count["count"] for count in first["status_counts"])
    assert [action["title"] for action in first["actions"]] == ["Actie 1.0", "Actie 1.1"]
    assert first["actions"][0]["progress"] == "Stand van zaken 1.0 in 2025."
    [outlook] = answer["outlook"]
    assert outlook["year"] == 2026
    assert [opgave["items"][0]["title"] for opgave in outlook["opgaven"]] == ["Doorkijk 1", "Doorkijk 2"]


def test_plan_lists_actions_only_where_the_edition_does(site, plan):
    page = make_edition(site[1], plan=plan, publish=False)
    body = page.body.get_prep_value()
    body[1]["value"]["content"][0]["value"]["show_actions"] = False
    page.body = body
    page.save_revision().publish()
    [state] = get_json(f"{EDITIONS}/2025/plan/")["plan_states"]
    assert not state["actions_shown"]
    assert all(opgave["actions"] == [] and opgave["actions_count"] == 2 for opgave in state["opgaven"])


def test_unknown_year_table_or_version_is_404(edition, client):
    for path in (
        f"{EDITIONS}/2024/",
        f"{EDITIONS}/2025/tables/bestaat_niet/",
        f"{EDITIONS}/2025/?version=2",
        f"{EDITIONS}/2025/tables/?version=0",
    ):
        response = client.get(path)
        assert response.status_code in (404, 422), path
        assert response["Content-Type"].startswith("application/json")


def test_an_earlier_version_stays_readable(edition):
    from monitor.services import observation_write

    table = Table.objects.get(code="tabel_test")
    observation_write(table=table, year=2025, coords={"uitbuitingsvorm": "seksueel"}, value=40, reason="t")
    edition.correction_reason = "Telfout hersteld"
    edition.save_revision().publish()

    current = get_json(f"{EDITIONS}/2025/")
    assert current["current_version"] == 2 and current["version"] == 2
    second = current["versions"][1]
    assert second["is_correction"] and second["correction_reason"] == "Telfout hersteld"
    assert second["changes"], "the correction lists what changed"
    assert datetime.datetime.fromisoformat(second["published_at"]) >= datetime.datetime.fromisoformat(
        current["versions"][0]["published_at"]
    )

    def value(query: str) -> int:
        items = get_json(f"{EDITIONS}/2025/tables/tabel_test/{query}")["items"]
        return next(item["value"] for item in items if item["coordinates"]["uitbuitingsvorm"] == "seksueel")

    assert value("") == 40
    assert value("?version=1") == 12
    assert value("?version=2") == 40
    old = get_json(f"{EDITIONS}/2025/?version=1")
    assert old["version"] == 1 and old["current_version"] == 2
    assert old["tables_url"].endswith("/tables/?version=1")
