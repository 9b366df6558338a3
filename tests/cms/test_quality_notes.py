"""Quality notes for readers on the seeded 2025 edition (issue 9): every finding of the consistency
checks on the figures the edition shows carries a note in our own words, beside its cell on the page,
in the PDF and in the CSV's voetnoot column."""

import csv
import io
import re

import pytest

from tests.cms.test_working_notes import _plain

pytestmark = pytest.mark.django_db

# The findings the checks report on the seeded figures (issue 9 names them by their numbers).
EXPECTED = {
    "totaal:essm_hulpverlening_vorm_leeftijd:2025:leeftijd=totaal|traject=totaal",  # 208 vs 209
    "totaal:essm_herkomstgemeente_traject:2025:gemeente=totaal|traject=seksueel",  # 143 vs 140
    "totaal:essm_herkomstgemeente_traject:2025:gemeente=totaal|traject=arbeid",  # 21 vs 20
    "totaal:essm_herkomstgemeente_traject:2025:gemeente=totaal|traject=preventief",  # 34 vs 35, joint
    "totaal:essm_opvang_tekst:2025:opvangtype=totaal",  # 113 vs 102
    "zelfde_grootheid:essm_hulpverlening_vorm_leeftijd:2025:leeftijd=totaal|traject=crimineel",  # 11/10/10
    "zelfde_grootheid:essm_meldpunt_contacten:2025:onderwerp=mensenhandel",  # 139 vs 137
    "jaarverschil:essm_hulpverlening_vorm_leeftijd:2025:leeftijd=onder_18|traject=seksueel",  # 10 -> 23
    "jaarverschil:essm_hulpverlening_vorm_leeftijd:2024:leeftijd=onder_18|traject=seksueel",  # 20 -> 10
}


def test_the_checks_report_the_known_findings(published_2025):
    assert {finding.key for finding in published_2025["findings"]} == EXPECTED


def test_every_finding_has_a_public_note(published_2025):
    missing = [key for key, notes in published_2025["quality_notes"].items() if not notes]
    assert not missing
    for finding in published_2025["findings"]:
        assert finding.severity not in ("fout",) or published_2025["quality_notes"][finding.key]


def _texts(published_2025) -> set[str]:
    return {text for notes in published_2025["quality_notes"].values() for text in notes}


@pytest.mark.parametrize("output", ["html", "pdf"])
def test_every_note_is_on_the_page_and_in_the_pdf(published_2025, output):
    shown = _plain(published_2025[output])
    for text in _texts(published_2025):
        assert _plain(text) in shown, text


def test_every_note_is_beside_its_cell_in_the_csv(published_2025):
    rows = list(csv.DictReader(io.StringIO(published_2025["csv"]), delimiter=";"))
    notes = " | ".join(row["voetnoot"] for row in rows)
    for finding in published_2025["findings"]:  # cijfers.csv holds every year the edition shows
        for text in published_2025["quality_notes"][finding.key]:
            assert text in notes, text
    total = next(
        row
        for row in rows
        if row["tabel"] == "essm_hulpverlening_vorm_leeftijd"
        and row["traject"] == "totaal"
        and row["leeftijd"] == "totaal"
        and row["jaar"] == "2025"
    )
    assert total["waarde"] == "208"
    assert re.search(r"\d+\. Het totaal wijkt af van de som van de delen \(209\): ", total["voetnoot"])


def test_the_page_shows_the_208_note_beside_the_cell(published_2025):
    page = _plain(published_2025["html"])
    assert "het totaal wijkt af van de som van de delen (209): ook de tekst van de bron noemt 208" in page
