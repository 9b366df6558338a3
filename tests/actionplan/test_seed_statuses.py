"""The 2025 stand van zaken carries exactly the statuses chapter 3 of the source gives, never a guess.

Per action: the status seeded for 2025 and, in a comment, what in chapter 3 gives it. Where the
text only reports that something happened in 2025 and says nothing of its status, it is "niet
vermeld" (empty), shown as such on the page.
"""

import pytest

from actionplan import selectors
from actionplan.models import Action, Plan, ProgressNote

pytestmark = pytest.mark.django_db

NV = ""

STATUS_2025 = {
    # Opgave 1
    "Regionale Mensenhandelmonitor 2024 publiceren": "afgerond",  # "is gepubliceerd"
    "Regionale omgevingsscan naar seksuele uitbuiting": "doorgeschoven",  # "is doorgeschoven", to 2026
    "Landelijke onderzoeken en ontwikkelingen volgen en delen met het netwerk": "doorlopend",  # structureel
    # Opgave 2
    "Regionale portefeuille Mensenhandel uitbreiden met Mensensmokkel": "afgerond",  # "is uitgebreid"
    "Werkbezoek van de Nationaal Rapporteur aan de regio": "afgerond",  # the visit took place
    "Regionale Tafel en Platform Mensenhandel laten bijeenkomen": NV,  # met twice; no status given
    "Netwerkbijeenkomsten voor aandachtsfunctionarissen organiseren": NV,  # two were held; no status
    "Deelname ketenregisseur aan landelijke en regionale overleggen en leernetwerken": NV,  # took part
    "Project Versterken Ketenaanpak tegen Criminele Uitbuiting": "lopend",  # "in 2026 verder uitvoering"
    # Opgave 3
    "Leerhuis over mensenhandel": "afgerond",  # the April 2025 leerhuis took place
    "Tweedaagse opleiding Bestuurlijk Toezicht Prostitutie": "afgerond",  # was offered in 2025
    "Meldroutekaart mensenhandel actualiseren": "afgerond",  # "is geactualiseerd"
    "Regionaal congres mensenhandel": "afgerond",  # held on 27 October
    "Inzet van VR-brillen en de Koffer Verkeerd": "doorlopend",  # "het hele jaar door"
    # Opgave 4
    "Handhavingsknelpunt faciliteerders van seksuele uitbuiting aanwijzen": "afgerond",  # aangewezen
    "Faciliterende netwerken analyseren en bestrijden": "gepland",  # "zal plaatsvinden in 2026"
    # Opgave 5
    "Regionale zorgcoördinatie slachtoffers": "doorlopend",  # "structureel voortgezet"
    "Pilot noodbed voor meerderjarige mannelijke slachtoffers": "lopend",  # "verlengd tot 1 juli 2026"
    # Aanpak in de regio: Rotterdam
    "Rotterdam: bewustwording en trainingen": NV,  # initiatives were carried out; no status
    "Rotterdam: lobby voor wetgeving en slachtoffervoorzieningen": NV,  # worked on, lobbied; no status
    "Rotterdam: bijdrage aan het handhavingsknelpunt seksuele uitbuiting": "afgerond",  # contribution made
    "Rotterdam: landelijk barrièremodel criminele uitbuiting": "lopend",  # "verschijnt in 2026"
    "Rotterdam: werkbezoek van de OVSE": "afgerond",  # the visit took place
    "Rotterdam: studieochtend criminele uitbuiting": "afgerond",  # held in November 2025
    "Rotterdam: opvang maatschappelijke maatregelen (OMM)": "lopend",  # beds handed over per 2026
    # Aanpak in de regio: Dordrecht
    "Dordrecht: trainingen mensenhandel": "afgerond",  # the trainings were given
    "Dordrecht: bewustwording voor inwoners": "afgerond",  # during the campaign
    "Dordrecht: aandacht voor mensen met een licht verstandelijke beperking": "afgerond",  # took place
    "Dordrecht: rollenspel signalen criminele uitbuiting": "afgerond",  # "is ontwikkeld"
    "Dordrecht: Koffer Verkeerd": NV,  # used often in 2025; no status
}


def test_every_2025_note_has_the_status_the_source_gives(seeded):
    notes = {note.action.title: note.status for note in ProgressNote.objects.select_related("action")}
    assert notes == STATUS_2025
    # The current status is the latest (only) year's.
    assert dict(Action.objects.values_list("title", "status")) == STATUS_2025


def test_the_seeded_postponement_is_on_the_2025_note(seeded):
    note = ProgressNote.objects.get(action__title="Regionale omgevingsscan naar seksuele uitbuiting")
    assert (note.status, note.postponed_to_year, note.status_display) == (
        "doorgeschoven",
        2026,
        "Doorgeschoven (2026)",
    )


def test_the_2025_plan_state_shows_niet_vermeld_where_the_source_gives_no_status(seeded):
    state = selectors.plan_state_snapshot(Plan.objects.get(start_year=2024), 2025)
    rows = {row["title"]: row for opgave in state["opgaven"] for row in opgave["actions"]}
    assert rows["Dordrecht: Koffer Verkeerd"]["status_label"] == "Niet vermeld"
    assert rows["Regionale omgevingsscan naar seksuele uitbuiting"]["postponed_to"] == "2026"
    opgave_2 = {c["label"]: c["count"] for c in state["opgaven"][1]["status_counts"]}
    assert opgave_2 == {
        "Niet gestart / gepland": 0,
        "Lopend": 1,
        "Doorlopend": 0,
        "Afgerond": 3,
        "Doorgeschoven": 0,
        "Vervallen": 0,
        "Niet vermeld": 4,
    }
