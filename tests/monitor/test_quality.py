"""Quality notes (issue 9): a finding the beheerder accepts at validation carries a public note beside
its cell, in the snapshot every public file is built from; a fout without one blocks publication."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts import roles
from monitor import quality, services
from monitor.checks import run_checks
from monitor.exchange import snapshot_rows
from monitor.models import Delivery, Footnote
from monitor.selectors import table_snapshot
from tests.factories import default_region
from tests.monitor.conftest import make_table

pytestmark = pytest.mark.django_db

KEY = "totaal:tabel_met_totaal:2025:uitbuitingsvorm=totaal"


def make_wrong_total(status=Delivery.Status.SUBMITTED):
    """A table whose printed total (4) is not the sum of its parts (1 + 2)."""
    table = make_table(
        code="tabel_met_totaal",
        dims={"uitbuitingsvorm": ["seksueel", "arbeid", "totaal"]},
        totals={"uitbuitingsvorm": {"totaal": ["seksueel", "arbeid"]}},
    )
    for form, value in (("seksueel", 1), ("arbeid", 2), ("totaal", 4)):
        services.observation_write(
            table=table, year=2025, coords={"uitbuitingsvorm": form}, value=value, reason="test"
        )
    delivery = Delivery.objects.create(
        region=default_region(), partner=table.partner, year=2025, status=status
    )
    return table, delivery


def test_the_finding_has_a_stable_key():
    make_wrong_total()
    (finding,) = run_checks(2025, default_region())
    assert finding.severity == "fout" and finding.key == KEY


def test_validation_with_an_explanation_writes_a_note_beside_the_total(beheerder):
    table, delivery = make_wrong_total()
    services.delivery_validate(
        delivery=delivery, user=beheerder, explanations={KEY: "de bron verklaart het verschil niet."}
    )
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.VALIDATED
    note = Footnote.objects.get(kind=Footnote.Kind.QUALITY)
    assert note.observation.coord_key == "uitbuitingsvorm=totaal" and note.finding_key == KEY
    expected = "Het totaal wijkt af van de som van de delen (3): de bron verklaart het verschil niet."
    assert note.text == expected
    snapshot = table_snapshot(table, [2025])
    total = next(cell for cell in snapshot["cells"] if cell["coords"]["uitbuitingsvorm"] == "totaal")
    assert total["footnotes"] == [note.number]
    assert {"number": note.number, "text": expected} in [
        {"number": n["number"], "text": n["text"]} for n in snapshot["footnotes"]
    ]
    _columns, rows = snapshot_rows([snapshot])
    row = next(row for row in rows if row["uitbuitingsvorm"] == "totaal")
    assert row["voetnoot"] == f"{note.number}. {expected}"
    assert quality.unexplained_errors(2025, default_region()) == []


def test_explaining_again_rewrites_the_same_note(beheerder):
    _table, delivery = make_wrong_total()
    (finding,) = run_checks(2025, default_region())
    quality.finding_explain(finding=finding, explanation="eerste versie.", user=beheerder)
    quality.finding_explain(finding=finding, explanation="tweede versie.", user=beheerder)
    assert list(Footnote.objects.values_list("text", flat=True)) == [
        "Het totaal wijkt af van de som van de delen (3): tweede versie."
    ]


def test_an_unknown_finding_is_refused(beheerder):
    _table, delivery = make_wrong_total()
    with pytest.raises(ValidationError):
        services.delivery_validate(
            delivery=delivery, user=beheerder, explanations={"totaal:x:2025:": "Tekst"}
        )
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SUBMITTED and not Footnote.objects.exists()


@pytest.fixture
def datapartner(db):
    from tests.factories import UserFactory

    return UserFactory(username="datapartner-x", roles=[roles.DATAPARTNER])


def test_only_a_beheerder_explains(datapartner):
    make_wrong_total()
    (finding,) = run_checks(2025, default_region())
    with pytest.raises(PermissionDenied):
        quality.finding_explain(finding=finding, explanation="Tekst", user=datapartner)


def test_an_unexplained_fout_on_public_figures_blocks_and_is_named(beheerder):
    _table, delivery = make_wrong_total()
    assert (
        quality.unexplained_errors(2025, default_region()) == []
    )  # not validated: not shown, so not blocking
    services.delivery_validate(delivery=delivery, user=beheerder, explanations={KEY: "De bron zegt niets."})
    # Validation needs the note; a note gone afterwards (or a fout that arises later) blocks publication.
    Footnote.objects.filter(kind=Footnote.Kind.QUALITY).delete()
    (finding,) = quality.unexplained_errors(2025, default_region())
    assert finding.key == KEY


def test_the_review_screen_takes_an_explanation_per_finding(client, beheerder):
    _table, delivery = make_wrong_total()
    client.force_login(beheerder)
    url = f"/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/"
    page = client.get(url).content.decode()
    assert f'name="toelichting:{KEY}"' in page and "verplicht om te valideren en te publiceren" in page
    response = client.post(
        url, {"action": "validate", "reason": "Akkoord", f"toelichting:{KEY}": "de bron zegt niets."}
    )
    assert response.status_code == 302
    assert Footnote.objects.get(kind="kwaliteit").text.endswith(": de bron zegt niets.")
    page = client.get(url).content.decode()
    assert "Noot voor lezers" in page and "de bron zegt niets." in page


def test_a_datapartner_cannot_post_an_explanation(client, datapartner):
    _table, delivery = make_wrong_total()
    client.force_login(datapartner)
    url = f"/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/"
    response = client.post(url, {"action": "explain", f"toelichting:{KEY}": "Tekst"})
    assert response.status_code in (302, 403)
    assert not Footnote.objects.exists()


def test_publishing_the_figures_waits_for_the_note_of_every_fout(beheerder):
    _table, delivery = make_wrong_total(status=Delivery.Status.VALIDATED)
    with pytest.raises(ValidationError) as refused:
        services.delivery_publish(delivery=delivery, user=beheerder)
    assert "het afgedrukte totaal is 4" in " ".join(refused.value.messages)
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.VALIDATED
    (finding,) = run_checks(2025, default_region())
    quality.finding_explain(
        finding=finding, explanation="de bron verklaart het verschil niet.", user=beheerder
    )
    assert services.delivery_publish(delivery=delivery, user=beheerder).status == Delivery.Status.PUBLISHED
