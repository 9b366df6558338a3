"""Generated bad input for the exchange format and the forms: a clear Dutch error, and the database
exactly as it was (hypothesis builds the corpus)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actionplan.models import Action, ProgressNote
from monitor.exchange import ImportFailed
from monitor.importing import import_figures
from monitor.models import Delivery, Footnote, Observation

pytestmark = pytest.mark.django_db
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

HEADER_NAMES = [
    "tabel",
    "jaar",
    "waarde",
    "voetnoot",
    "uitbuitingsvorm",
    "leeftijd",
    "gemeente",
    "traject",
    "x",
]
CELLS = st.one_of(
    st.sampled_from(["", "-1", "2.5", "1e9", "=1+1", "@SUM(A1)", "+3", "abc", "99999999999999999999", " 7 "]),
    st.sampled_from(["essm_opvang_tekst", "onbekend_tabel", "2025", "2026", "1800", "opvangtype", "cosm"]),
    st.text(max_size=12),
    st.integers(min_value=-10, max_value=10**6).map(str),
)


def fingerprint():
    return (
        tuple(Observation.objects.order_by("pk").values_list("pk", "value", "version")),
        Observation.history.count(),
        Footnote.objects.count(),
        tuple(Delivery.objects.order_by("pk").values_list("pk", "status")),
        tuple(Action.objects.order_by("pk").values_list("pk", "status", "version")),
        tuple(ProgressNote.objects.order_by("pk").values_list("pk", "text")),
    )


@pytest.fixture
def seeded(db):
    call_command("seed_rotterdam_2025")


def _assert_refused_cleanly(content: bytes, filename: str):
    before = fingerprint()
    try:
        import_figures(content, filename=filename)
    except ImportFailed as failure:
        assert failure.errors
        for error in failure.errors:
            assert str(error).strip()
            assert error.row == 0 or str(error).startswith("Rij ")
        assert fingerprint() == before
        return False
    return True


@FUZZ
@given(content=st.binary(max_size=400))
def test_random_bytes(seeded, content):
    for filename in ("cijfers.csv", "cijfers.xlsx"):
        _assert_refused_cleanly(content, filename)


@FUZZ
@given(
    header=st.lists(st.sampled_from(HEADER_NAMES), min_size=0, max_size=7),
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=7), min_size=0, max_size=6),
    separator=st.sampled_from([";", ","]),
    bom=st.booleans(),
)
def test_generated_csv(seeded, header, rows, separator, bom):
    text = "\n".join(separator.join(line) for line in [header, *rows])
    content = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    _assert_refused_cleanly(content, "cijfers.csv")


@FUZZ
@given(
    values=st.dictionaries(
        st.sampled_from(["cosm", "tosca", "xarah", "noodbed", "totaal"]), CELLS, max_size=5
    )
)
def test_grid_form(seeded, values):
    client = Client()
    client.force_login(get_user_model().objects.get(username="datapartner-essm"))
    before = fingerprint()
    data = {f"cel__opvangtype={key}": value for key, value in values.items()}
    response = client.post("/admin/mijn-cijfers/tabel/essm_opvang_tekst/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response.context["form"].errors
        assert fingerprint() == before


@FUZZ
@given(status=CELLS, year=CELLS, version=CELLS, note=CELLS)
def test_my_action_form(seeded, status, year, version, note):
    client = Client()
    client.force_login(get_user_model().objects.get(username="actiehouder-essm"))
    action = Action.objects.get(title__startswith="Pilot noodbed")
    before = fingerprint()
    data = {"status": status, "year": year, "version": version, "note": note, "reason": ""}
    response = client.post(f"/admin/mijn-acties/{action.pk}/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response.context["form"].errors
        assert fingerprint() == before
