"""cijfers.csv: every figure the published edition shows, from its snapshot, in the exchange format."""

import csv
import io

import pytest
from django.core.management import call_command

from cms.models import EditionPage
from cms.open_data import snapshot_table_rows
from monitor.models import Footnote
from tests.public import public_text, read_fresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded_site(db):
    call_command("seed_rotterdam_2025", verbosity=0)


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_cijfers_csv_holds_every_figure_of_the_edition(seeded_site):
    text = public_text("/monitor/2025/cijfers.csv")
    rows = _rows(text)
    years = {(row["tabel"], row["jaar"]) for row in rows}
    # Earlier years, the national figures and a key figure's table are there, not only 2025.
    for table, year in [
        ("essm_hulpverlening_vorm_leeftijd", "2023"),
        ("essm_hulpverlening_vorm_leeftijd", "2024"),
        ("essm_hulpverlening_vorm_leeftijd", "2025"),
        ("landelijk_comensha_slachtoffers", "2024"),
        ("landelijk_nrm_kerncijfers", "2024"),
        ("essm_opvang_tekst", "2025"),
    ]:
        assert (table, year) in years, (table, year)
    assert {"tabel", "jaar", "waarde", "voetnoot", "uitbuitingsvorm", "gemeente"} <= set(rows[0])
    # Footnotes of cells, rows and whole tables reach the footnote column of their rows.
    for level in ("observation", "dimension_value", None):
        notes = Footnote.objects.filter(year__in=[2024, 2025, None])
        notes = notes.filter(
            **({f"{level}__isnull": False} if level else {"observation": None, "dimension_value": None})
        )
        note = notes.exclude(table__code__startswith="benchmark").first()
        if note is None:
            continue
        noted = [row for row in rows if row["tabel"] == note.table.code and note.text in row["voetnoot"]]
        assert noted, f"{level or 'table'} note of {note.table.code} missing: {note.text[:60]}"


def test_notes_of_cell_row_and_table_go_to_the_rows_they_are_about():
    snapshot = {
        "code": "t",
        "dimensions": [
            {
                "code": "vorm",
                "values": [
                    {"code": "a", "label": "A", "is_total": False, "footnotes": [2]},
                    {"code": "b", "label": "B", "is_total": False},
                ],
            }
        ],
        "cells": [
            {"year": 2025, "coords": {"vorm": "a"}, "value": 4, "footnotes": []},
            {"year": 2025, "coords": {"vorm": "b"}, "value": None, "footnotes": [1]},
        ],
        "footnotes": [
            {"number": 1, "text": "Op de cel."},
            {"number": 2, "text": "Op de rij."},
            {"number": 3, "text": "Over de tabel."},
        ],
    }
    rows = snapshot_table_rows(snapshot)
    assert [(row["vorm"], row["waarde"], row["voetnoot"]) for row in rows] == [
        ("a", 4, "2. Op de rij. | 3. Over de tabel."),
        ("b", None, "1. Op de cel. | 3. Over de tabel."),
    ]


def test_cijfers_csv_of_an_unpublished_year_does_not_exist(seeded_site):
    source = EditionPage.objects.get(year=2025, locale__language_code="nl")
    source.get_parent().add_child(
        instance=EditionPage(title="Editie 2026", year=2026, slug="2026", live=False)
    )
    assert read_fresh("/monitor/2026/cijfers.csv").status_code == 404
    assert read_fresh("/monitor/1999/cijfers.csv").status_code == 404


def test_cijfers_csv_is_valid_against_its_csvw_metadata(seeded_site, tmp_path):
    from csvw import CSVW

    content = read_fresh("/monitor/2025/cijfers.csv").content
    response = read_fresh("/monitor/2025/cijfers.csv-metadata.json")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/csvm+json")
    metadata = response.json()
    assert metadata["dc:license"] == {"@id": "https://creativecommons.org/licenses/by/4.0/"}
    notes = {note["dc:identifier"]: note for note in metadata["notes"]}
    assert notes["landelijk_comensha_slachtoffers"]["dc:source"]
    assert all(note.get("dc:source") for note in notes.values())
    (tmp_path / "cijfers.csv").write_bytes(content)
    (tmp_path / "cijfers.csv-metadata.json").write_bytes(response.content)

    csvw = CSVW(
        str(tmp_path / "cijfers.csv"), md_url=str(tmp_path / "cijfers.csv-metadata.json"), validate=True
    )
    assert csvw.is_valid, csvw.warnings
    rows = list(csvw.tables[0].iterdicts(strict=True))
    assert len(rows) == len(_rows(content.decode("utf-8-sig")))
    assert {type(row["waarde"]) for row in rows} <= {int, type(None)}
    assert all(isinstance(row["jaar"], int) for row in rows)


def test_edition_page_says_what_licence_the_figures_carry(seeded_site):
    page = public_text("/monitor/2025/")
    assert 'rel="license"' in page and "CC BY 4.0" in page
    assert "/monitor/2025/cijfers.csv-metadata.json" in page
