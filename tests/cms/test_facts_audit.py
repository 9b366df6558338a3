"""Nothing invented, nothing dropped (issue 9): the facts of the 2025 source document, chapter by
chapter, as they appear on the public page of the seeded edition.

Each chapter lists what it checks: the figures (as the page prints them, in tables, key figures or
text) and the key statements (in our own words; the seeded narrative does not copy the source's
sentences). A second list per chapter holds what the source does not say and so must not appear.
"""

import html
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client

pytestmark = pytest.mark.django_db

FACTS = {
    "1. Aanleiding": [
        "23 gemeenten",
        "VeiligheidsAlliantie regio Rotterdam",
        "Arbeidsuitbuiting",
        "Seksuele uitbuiting",
        "Criminele uitbuiting",
        "orgaanverwijdering",
        "26 januari 2024",  # provisional EU agreement on three further forms
        "gedwongen huwelijk",
        "illegale adoptie",
        "draagmoederschap",
    ],
    "2. Landelijke cijfers": [
        "944",  # victims reported to Comensha in 2024
        "76",  # more than in 2023
        "52",  # % more minor victims
        "70",  # % more exploitation in hotels and holiday homes
        "5000",  # estimated victims a year (NRM)
        "Slachtoffers gemeld bij Comensha in 2024",
        "18 oktober",
        "Oekraïne",
        "licht verstandelijke beperking",
        "thuisprostitutie",
    ],
    "3. Regionale cijfers van het ESSM": [
        "191",
        "108",
        "139",
        "52",
        "208",
        "143",
        "148",
        "167",
        "113",
        "Sierra Leone",
        "laatste kwartaal",
        "in behandeling genomen",  # note 2: only registered contacts
        "samen met gemeente Rotterdam",  # note 3: a joint report
        "Cijfers niet beschikbaar voor deze editie",  # the charts whose numbers did not survive
    ],
    "4. Regionale cijfers van de AVIM": [
        "34",
        "minderjarigen uit Oekraïne",
        "ambtshalve",
        "Zuid-Amerikaanse vrouwen",
    ],
    "5. Cijfers van het RCTM": ["13", "27", "Geïdentificeerde slachtoffers van mensenhandel", "23 gemeenten"],
    "6. Cijfers van het OM Rotterdam": ["30", "28", "chauffeurs", "Field Lab"],
    "7. Cijfers van het RIEC": ["11", "Waarvan nieuwe signalen", "2025-2028", "Centraal-Azië"],
    "8. Stand van zaken Regionaal Actieplan 2024-2026": [
        # the pilot noodbed: its conditions, its state and the recommendation
        "meerderjarige mannelijke slachtoffers met een Nederlands paspoort of een verblijfsstatus",
        "sinds augustus 2025 uit de hele regio",
        "verlengd tot 1 juli 2026",
        "te weinig bekend",
        "landelijk plaatsen uit te ruilen",
        # Dordrecht: the FairWork trainings and the signals the professionals saw
        "ruim veertig professionals",
        "misbruik van kwetsbare personen, dichtgeplakte ramen en veel kort bezoek",
        "vijf OMM-bedden",
        "eerste kwartaal van 2026",
        "Niet vermeld",  # a status the source does not give
    ],
    "9. Conclusie": ["Colombia", "Brazilië", "Venezuela", "videogesprek vooraf", "chauffeurs"],
    "10. Het vervolg: doorkijk naar 2026": [
        "2027-2030",
        "18 oktober",
        "OMM",
        "(trekker niet vermeld; juli 2026)",  # the monitor's discussion: the source names no owner
        "(RIEC Rotterdam, VAR; 2026)",
    ],
    "Bijlage: ontwikkelingen in 2025": ["10 juni 2025", "21 jaar", "54"],
    "Casus uit de praktijk van het ESSM": ["Marjolijn"],
}

# What the source does not say: no owner, status or number of our own.
NOT_IN_SOURCE = [
    "De grafiek in de monitor 2025",  # a working note, not a fact
    "0 slachtoffers",
    # owners the seed once gave where chapter 3 names none
    "Leerhuis over mensenhandel Afgerond Trekker: VAR",
    "Inzet van VR-brillen en de Koffer Verkeerd Doorlopend Trekker: VAR",
    "Faciliterende netwerken analyseren en bestrijden Niet gestart / gepland Trekker: RIEC",
]

# The actions of chapter 3 whose owner the source does not name (tests/actionplan/test_seed_owners.py
# gives the source's words for each): the page says so, it does not pick one.
WITHOUT_OWNER = [
    "Werkbezoek van de Nationaal Rapporteur aan de regio",
    "Regionale Tafel en Platform Mensenhandel laten bijeenkomen",
    "Leerhuis over mensenhandel",
    "Meldroutekaart mensenhandel actualiseren",
    "Inzet van VR-brillen en de Koffer Verkeerd",
    "Faciliterende netwerken analyseren en bestrijden",
    "Rotterdam: werkbezoek van de OVSE",
    "Rotterdam: studieochtend criminele uitbuiting",
    "Dordrecht: trainingen mensenhandel",
    "Dordrecht: rollenspel signalen criminele uitbuiting",
    "Dordrecht: Koffer Verkeerd",
]


@pytest.fixture(scope="module")
def page_text(django_db_setup, django_db_blocker) -> str:
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)
        response = Client().get("/monitor/2025/")
        assert response.status_code == 200
        content = response.content.decode()
        transaction.set_rollback(True)
    cache.clear()
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", content)))


def _chapters(text: str) -> dict[str, str]:
    """The page's text per chapter, cut at the chapter titles in their order."""
    titles = list(FACTS)
    chapters = {}
    for index, title in enumerate(titles):
        start = text.rindex(title)
        end = text.rindex(titles[index + 1]) if index + 1 < len(titles) else len(text)
        chapters[title] = text[start:end]
    return chapters


@pytest.mark.parametrize("chapter", list(FACTS))
def test_every_fact_of_the_chapter_is_on_the_page(page_text, chapter):
    text = _chapters(page_text)[chapter]
    missing = [fact for fact in FACTS[chapter] if fact not in text]
    assert not missing, f"{chapter}: {missing}"


def test_nothing_the_source_does_not_say(page_text):
    assert not [phrase for phrase in NOT_IN_SOURCE if phrase in page_text]


@pytest.mark.parametrize("title", WITHOUT_OWNER)
def test_an_action_whose_owner_the_source_does_not_name_shows_niet_vermeld(page_text, title):
    after = page_text[page_text.rindex(title) + len(title) :]
    owner = after[after.index("Trekker:") :].split(";")[0][: len("Trekker: niet vermeld")]
    assert owner == "Trekker: niet vermeld", f"{title}: {after[:120]}"


# Sentences of the source (quoted to test against, one per chapter where the narrative retells it):
# none may appear on the page as it stands.
SOURCE_SENTENCES = [
    "Deze monitor geeft inzicht in de aard en omvang van mensenhandel in de regio Rotterdam.",
    "Deze toename wordt deels verklaard door verbeterde signalering.",
    "Jongeren worden steeds vaker via sociale media geronseld",
    "Dit is een lichte stijging ten opzichte van de voorgaande jaren.",
    "Over het algemeen verleent het ESSM vooral hulp aan meerderjarige slachtoffers.",
    "Het zicht op criminele uitbuiting is dus niet afgenomen, in tegendeel",
    "Het RCTM heeft ook in 2025 getracht controles uit te voeren in alle 23 gemeenten.",
    "In 2025 werden 30 mensenhandelzaken van 28 verdachten behandeld.",
    "Sinds 2025 is mensenhandel en mensensmokkel een prioriteit in het meerjarenplan RIEC 2025–2028.",
    "Tot nu toe is dit noodbed nog niet gebruikt.",
    "Uit evaluatie blijkt dat het bestaan van dit bed onvoldoende bekend is.",
    "Meer opvangplekken in andere gemeenten en landelijke uitruilmogelijkheden zouden helpen.",
    "FairWork heeft tijdens vier trainingen meer dan 40 professionals getraind.",
    "Een integrale en flexibele aanpak blijft essentieel om mensenhandel effectief te bestrijden.",
    "De Tweede Kamer stemde op 10 juni 2025 in met het wetsvoorstel.",
]


def test_the_narrative_is_in_our_own_words(page_text):
    copied = [sentence for sentence in SOURCE_SENTENCES if sentence in page_text]
    assert not copied, copied
