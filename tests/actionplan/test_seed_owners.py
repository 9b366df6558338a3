"""Nothing invented (issue 9): an action's lead is the organisation chapter 3 names as doing it; where
the text names no one, the lead is empty and every screen, export and the public page say "niet
vermeld". Per action: the lead seeded and, in a comment, what in the source gives it.
"""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from actionplan import selectors
from actionplan.models import Action, Organisation, OutlookItem, Plan
from actionplan.reporting import selectors as reporting_selectors
from actionplan.reporting import services as reporting_services

from .conftest import login

pytestmark = pytest.mark.django_db

NOT_NAMED = None

LEAD = {
    # Opgave 1
    "Regionale Mensenhandelmonitor 2024 publiceren": "VAR",  # "een jaarlijks product van de VAR" (ch. 1)
    "Regionale omgevingsscan naar seksuele uitbuiting": "RIEC Rotterdam",  # "door het RIEC"
    "Landelijke onderzoeken en ontwikkelingen volgen en delen met het netwerk": "VAR",  # "Vanuit de VAR"
    # Opgave 2
    "Regionale portefeuille Mensenhandel uitbreiden met Mensensmokkel": "VAR",  # a VAR portfolio
    "Werkbezoek van de Nationaal Rapporteur aan de regio": NOT_NAMED,  # "De NRM bracht een bezoek"
    "Regionale Tafel en Platform Mensenhandel laten bijeenkomen": NOT_NAMED,  # "kwam tweemaal bijeen"
    "Netwerkbijeenkomsten voor aandachtsfunctionarissen organiseren": "VAR",  # "door de VAR"
    "Deelname ketenregisseur aan landelijke en regionale overleggen en leernetwerken": "VAR",
    "Project Versterken Ketenaanpak tegen Criminele Uitbuiting": "Gemeente Rotterdam",  # "van de gemeente"
    # Opgave 3
    "Leerhuis over mensenhandel": NOT_NAMED,  # "Het leerhuis ... stond in het teken van"
    "Tweedaagse opleiding Bestuurlijk Toezicht Prostitutie": "AVIM",  # "door de AVIM en de VAR"
    "Meldroutekaart mensenhandel actualiseren": NOT_NAMED,  # "in samenwerking met ... geactualiseerd"
    "Regionaal congres mensenhandel": "VAR",  # "organiseerde de VAR samen met het RIEC"
    "Inzet van VR-brillen en de Koffer Verkeerd": NOT_NAMED,  # "zijn ... ingezet"
    # Opgave 4
    "Handhavingsknelpunt faciliteerders van seksuele uitbuiting aanwijzen": "RIEC Rotterdam",
    "Faciliterende netwerken analyseren en bestrijden": NOT_NAMED,  # "zal plaatsvinden in 2026"
    # Opgave 5
    "Regionale zorgcoördinatie slachtoffers": "ESSM",  # "door het ESSM"
    "Pilot noodbed voor meerderjarige mannelijke slachtoffers": "ESSM",  # "startte het ESSM"
    # Aanpak in de regio: Rotterdam
    "Rotterdam: bewustwording en trainingen": "Gemeente Rotterdam",  # "De gemeente financierde"
    "Rotterdam: lobby voor wetgeving en slachtoffervoorzieningen": "Gemeente Rotterdam",
    "Rotterdam: bijdrage aan het handhavingsknelpunt seksuele uitbuiting": "Gemeente Rotterdam",
    "Rotterdam: landelijk barrièremodel criminele uitbuiting": "Gemeente Rotterdam",
    "Rotterdam: werkbezoek van de OVSE": NOT_NAMED,  # "De OVSE bracht een bezoek aan Rotterdam"
    "Rotterdam: studieochtend criminele uitbuiting": NOT_NAMED,  # "werd ... georganiseerd"
    "Rotterdam: opvang maatschappelijke maatregelen (OMM)": "Gemeente Rotterdam",
    # Aanpak in de regio: Dordrecht
    "Dordrecht: trainingen mensenhandel": NOT_NAMED,  # the ESSM and FairWork trained (co-owners)
    "Dordrecht: bewustwording voor inwoners": "Gemeente Dordrecht",  # "promootte Dordrecht"
    "Dordrecht: aandacht voor mensen met een licht verstandelijke beperking": "Humanitas DMH",
    "Dordrecht: rollenspel signalen criminele uitbuiting": NOT_NAMED,  # "Een rollenspel is ontwikkeld"
    "Dordrecht: Koffer Verkeerd": NOT_NAMED,  # "Is een initiatief ontwikkeld"
}
WITHOUT_LEAD = sorted(title for title, lead in LEAD.items() if lead is NOT_NAMED)


def test_every_action_has_the_lead_the_source_names_and_no_other(seeded):
    leads = dict(Action.objects.values_list("title", "lead__short_name"))
    assert leads == LEAD


# The doorkijk 2026 (chapter 5): the owners the text names, and none where it names no one.
OUTLOOK_OWNERS = {
    "Nieuwe uitbuitingsvormen volgen en borgen": [],  # "worden gevolgd"
    "Bespreking monitor in Regionale Tafel en Regionaal Veiligheidsoverleg": [],  # "worden besproken"
    "Doorlopende activiteiten van het actieplan voortzetten": [],  # "worden ... voortgezet"
    "Evaluatie van beleidskader en actieplan 2024-2026": [],  # "wordt gestart", "wordt uitgevoerd"
    "Beleidskader en Actieplan Mensenhandel 2027-2030 opstellen": [],  # "wordt gestart"
    "Aandachtsfunctionaris mensenhandel in elke gemeente borgen": [],  # "Er wordt ingezet"
    "Taakverdeling en werkafspraken VAR en RIEC": ["RIEC Rotterdam", "VAR"],  # "tussen de VAR en het RIEC"
    "Regionale Week tegen Mensenhandel": [],  # "zal ... aandacht worden gevraagd"
    "Uitvoering meerjarig beleidsplan en programma mensenhandel/mensensmokkel RIEC": ["RIEC Rotterdam"],
    "OMM-plekken voor landelijke slachtoffers met multiproblematiek": ["ESSM"],  # "zal het ESSM"
}


def test_every_outlook_item_has_the_owners_the_source_names(seeded):
    owners = {
        item.title: sorted(org.short_name for org in item.owners.all())
        for item in OutlookItem.objects.prefetch_related("owners")
    }
    assert owners == OUTLOOK_OWNERS


def test_the_plan_state_and_the_lists_say_niet_vermeld(seeded):
    state = selectors.plan_state_snapshot(Plan.objects.get(start_year=2024), 2025)
    rows = {row["title"]: row for opgave in state["opgaven"] for row in opgave["actions"]}
    assert sorted(title for title, row in rows.items() if row["lead"] == "") == WITHOUT_LEAD
    assert rows["Meldroutekaart mensenhandel actualiseren"]["co_owners"] == ["ESSM", "RIEC Rotterdam"]
    action = Action.objects.get(title="Leerhuis over mensenhandel")
    assert action.lead_display == "niet vermeld"


def test_the_beheerders_list_export_and_filter_show_niet_vermeld(seeded, client, django_user_model):
    login(client, django_user_model, "beheerder")
    response = client.get(reverse("actions:index") + "?lead_not_stated=ja")
    assert response.status_code == 200
    listed = {action.title for action in response.context["object_list"]}
    assert sorted(listed) == WITHOUT_LEAD
    assert "niet vermeld" in response.content.decode()
    assert [(f.field_label, f.value) for f in response.context["active_filters"]] == [
        ("Trekker niet vermeld", "ja")
    ]
    # The panel always sends the box; unticked it filters nothing.
    everything = client.get(reverse("actions:index") + "?lead_not_stated=&per_page=100")
    assert everything.context["paginator"].count == len(LEAD)

    export = client.get(reverse("actions:index") + "?export=csv")
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    leads = {row["Titel"]: row["Trekker"] for row in rows}
    assert leads["Leerhuis over mensenhandel"] == "niet vermeld"
    assert leads["Regionaal congres mensenhandel"] == "VAR"
    assert "None" not in text


def test_the_regionale_tafel_export_says_niet_vermeld(seeded, client, django_user_model):
    login(client, django_user_model, "beheerder")
    response = client.get(reverse("actionplan_review:export", args=["csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    leads = {row[1]: row[2] for row in rows[1:]}
    assert {title: leads[title] for title in WITHOUT_LEAD} == dict.fromkeys(WITHOUT_LEAD, "niet vermeld")
    assert leads["Pilot noodbed voor meerderjarige mannelijke slachtoffers"] == "ESSM"


def test_an_action_without_lead_stays_in_the_round_and_the_beheerder_reports(
    seeded, client, django_user_model
):
    beheerder = django_user_model.objects.get(username="beheerder")
    plan = Plan.objects.get(start_year=2024)
    reporting_round = reporting_services.round_open(
        plan=plan, year=2026, deadline=datetime.date(2026, 3, 1), user=beheerder
    )
    ownerless = Action.objects.get(title="Faciliterende netwerken analyseren en bestrijden")
    update = reporting_round.updates.get(action=ownerless)
    completeness = reporting_selectors.round_completeness(reporting_round, reporting_round.deadline)
    labels = {row.label: row.total for row in completeness["by_organisation"]}
    assert labels["niet vermeld (de beheerder rapporteert)"] == len(
        [t for t in WITHOUT_LEAD if Action.objects.get(title=t).status not in ("afgerond", "vervallen")]
    )

    # No actiehouder sees it (no co-owner either); the beheerder's year screen submits the update.
    for organisation in Organisation.objects.all():
        assert not reporting_selectors.updates_of_organisation(organisation).filter(pk=update.pk).exists()
    login(client, django_user_model, "beheerder")
    url = reverse("actions:year_edit", args=[ownerless.pk]) + "?jaar=2026"
    page = client.get(url).content.decode()
    assert "De rapportageronde 2026 vraagt de stand van zaken van deze actie" in page
    assert "niet vermeld" in page
    response = client.post(
        url, {"status": "lopend", "note": "Analyse gestart.", "reason": "", "version": ownerless.version}
    )
    assert response.status_code == 302
    update.refresh_from_db()
    assert (update.state, update.submitted_by) == ("ingediend", beheerder)
    detail = client.get(reverse("actionplan_reporting:round", args=[reporting_round.pk])).content.decode()
    assert "niet vermeld (de beheerder rapporteert)" in detail
    start = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"{len(WITHOUT_LEAD)} acties met trekker ‘niet vermeld’" in start


def test_an_actiehouder_sees_only_the_actions_of_their_organisation(seeded, essm):
    owned = {action.title for action in selectors.actions_owned_by(essm)}
    assert "Meldroutekaart mensenhandel actualiseren" in owned  # a co-owner named by the source
    assert "Leerhuis over mensenhandel" not in owned  # no owner: the beheerder's
