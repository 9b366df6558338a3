"""Any pack loads through the same doors: a small pack of another region, loaded twice."""

import io

import pytest

from actionplan.models import Action, Organisation, ProgressNote
from monitor.models import Delivery, Footnote, Observation
from workbench.packs import load_pack, read_pack

from .test_check_pack import _small_pack

pytestmark = pytest.mark.django_db

PLAN = """\
plan: {title: Actieplan Proef 2025-2027, start_year: 2025, end_year: 2027}
opgaven:
- {number: 1, title: Zicht op mensenhandel, short_title: Zicht}
actions:
- opgave: 1
  title: Meldpunt bekendmaken
  lead: Meldpunt
  timing: {year: 2025}
  stand_van_zaken:
    2025: {status: lopend, text: Begonnen.}
    2026: {status: afgerond, text: Klaar.}
"""


def test_a_small_pack_loads_through_the_import_and_twice_changes_nothing(tmp_path):
    path = _small_pack(tmp_path / "pack", total=7)
    (path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (path / "figures" / "deliveries.yaml").write_text("published: {Meldpunt: [2025]}\n", encoding="utf-8")
    pack = read_pack(path)
    counts, accounts = load_pack(pack)
    assert accounts == [] and counts["acties"] == 1
    assert Organisation.objects.get(short_name="Meldpunt").name == "Het meldpunt"
    action = Action.objects.get(title="Meldpunt bekendmaken")
    assert action.status == "afgerond"  # the latest year's
    assert list(
        ProgressNote.objects.filter(action=action).order_by("year").values_list("year", "status")
    ) == [
        (2025, "lopend"),
        (2026, "afgerond"),
    ]
    assert Observation.objects.filter(table__code="proef_meldingen").count() == 3
    # Through the import: its reason on record, the footnote from the voetnoot column.
    assert Observation.history.filter(history_change_reason="Pakket: proef").count() == 3
    assert Footnote.objects.get(table__code="proef_meldingen").text == "Zoals gedrukt."
    assert Delivery.objects.get(year=2025).status == Delivery.Status.PUBLISHED

    history = Observation.history.count() + Action.history.count() + ProgressNote.history.count()
    counts, _accounts = load_pack(read_pack(path))
    assert counts["monitor observations"] == 0
    assert Observation.history.count() + Action.history.count() + ProgressNote.history.count() == history


def test_a_published_figure_is_not_overwritten_by_a_changed_pack(tmp_path):
    path = _small_pack(tmp_path / "pack", total=7)
    (path / "figures" / "deliveries.yaml").write_text("published: {Meldpunt: [2025]}\n", encoding="utf-8")
    load_pack(read_pack(path))
    changed = _small_pack(tmp_path / "changed", total=8)
    (changed / "figures" / "deliveries.yaml").write_text("published: {Meldpunt: [2025]}\n", encoding="utf-8")
    from monitor.exchange import ImportFailed

    with pytest.raises(ImportFailed, match="correctie"):
        load_pack(read_pack(changed))
    assert Observation.objects.get(coord_key="onderwerp=totaal").value == 7


def test_the_seed_command_names_the_refused_file(tmp_path, monkeypatch):
    from django.core.management import CommandError, call_command

    from workbench import packs

    path = _small_pack(tmp_path / "pack", total=7)
    (path / "figures" / "deliveries.yaml").write_text("published: {Meldpunt: [2025]}\n", encoding="utf-8")
    monkeypatch.setattr(packs, "DEFAULT_PACK", path)
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0, stdout=io.StringIO())
    changed = _small_pack(tmp_path / "changed", total=8)
    (changed / "figures" / "deliveries.yaml").write_text("published: {Meldpunt: [2025]}\n", encoding="utf-8")
    monkeypatch.setattr(packs, "DEFAULT_PACK", changed)
    with pytest.raises(CommandError, match="figures/cijfers/proef_meldingen.csv"):
        call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0, stdout=io.StringIO())
