"""Working notes stay inside: what editors and partners note for each other (how a figure was
transcribed, why a chart has no numbers) never reaches the public page, the PDF or cijfers.csv of the
seeded 2025 edition (issue 9). A reader sees that a figure is missing and whom to ask."""

import html
import re

import pytest

pytestmark = pytest.mark.django_db

WORKING_NOTE_PHRASES = [
    "niet als getallen bewaard",
    "bewaard gebleven",
    "als 0 opgenomen",
    "wij vullen nooit zelf getallen in",
    "cijfers uit de tekst",
    "zoals gedrukt",
    "als eigen grootheid opgenomen",
    "de monitor niet noemt",
    "'1 op de 5' = 20",
]


def _plain(text: str) -> str:
    """Text without tags and with entities decoded, whitespace folded (PDF lines break anywhere)."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text))).lower()


@pytest.mark.parametrize("output", ["html", "pdf", "csv"])
def test_no_working_note_reaches_readers(published_2025, output):
    text = _plain(published_2025[output])
    found = [phrase for phrase in WORKING_NOTE_PHRASES if phrase.lower() in text]
    assert not found, f"working notes in the public {output}: {found}"


def test_a_missing_figure_says_so_and_names_the_partner_to_ask(published_2025):
    for output in ("html", "pdf"):
        text = _plain(published_2025[output])
        assert "cijfers niet beschikbaar voor deze editie" in text
        assert "navragen bij: afdeling vreemdelingenpolitie, identificatie en mensenhandel (avim)" in text


def test_the_seed_keeps_its_working_notes_inside(published_2025):
    """The notes are not lost: they are kept in the internal field for editors and partners."""
    tables = published_2025["tables"]
    assert "bewaard gebleven" in tables["avim_aangiftes"].working_note
    assert "als 0" in tables["essm_herkomstgemeente_traject"].working_note
    assert "uit de lopende tekst" in tables["essm_opvang_tekst"].working_note
    assert tables["essm_opvang_tekst"].title == "Tijdelijke opvang"
    assert not any("bewaard gebleven" in table.description for table in tables.values())
