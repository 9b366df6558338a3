"""One unit per quantity (issue 9): a table whose rows are in different units (the national key figures:
an estimated count beside percentages) gives every row its unit; a chart never draws a count on a
percentage's axis, nor a part ("waarvan") as a peer of its whole."""

import pytest

from monitor.charts import figure_context
from monitor.charts.figure import key_figure_context
from monitor.charts.plan import plan_chart
from monitor.models import Table
from monitor.selectors import table_snapshot

pytestmark = pytest.mark.django_db


def _snapshot(code: str, years: list[int]) -> dict:
    return table_snapshot(Table.objects.get(code=code), years)


def test_the_national_key_figures_give_each_row_its_unit(seeded):
    figure = figure_context(_snapshot("landelijk_nrm_kerncijfers", [2024]))
    assert figure["unit_text"] == "Eenheid per rij"
    labels = {row["label"]: row["cells"][0]["display"] for row in figure["table"]["rows"]}
    assert labels["Geschat aantal slachtoffers per jaar in Nederland (slachtoffers (schatting))"] == "5000"
    assert labels["In beeld bij politie of hulpverlening (1 op de 5) (procent van de slachtoffers)"] == "20"
    assert all(label.endswith(")") for label in labels)


def test_a_table_in_one_unit_states_it_once(seeded):
    figure = figure_context(_snapshot("avim_onderzoeken", [2025]))
    assert figure["unit_text"] == "Onderzoeken"
    assert figure["table"]["rows"][0]["label"] == "Gestarte onderzoeken"


def test_a_count_is_never_drawn_on_a_percentage_axis(seeded):
    plan = plan_chart(_snapshot("landelijk_nrm_kerncijfers", [2024]), "bar")
    drawn = [group.label for group in plan.groups]
    assert plan.unit == "Procent van de slachtoffers"
    assert "Geschat aantal slachtoffers per jaar in Nederland" not in drawn
    assert plan.other_units == ["Geschat aantal slachtoffers per jaar in Nederland"]


@pytest.mark.parametrize(
    ("code", "years", "part"),
    [
        ("riec_casussen", [2024, 2025], "Waarvan nieuwe signalen"),
        (
            "essm_opvang_tekst",
            [2025],
            "Waarvan in de COSM: buitenlandse slachtoffers van seksuele uitbuiting",
        ),
    ],
)
def test_a_subset_is_not_drawn_beside_its_whole(seeded, code, years, part):
    snapshot = _snapshot(code, years)
    plan = plan_chart(snapshot, "auto")
    drawn = {group.label for group in plan.groups} | {bar.label for g in plan.groups for bar in g.bars}
    assert part not in drawn and plan.subsets == [part]
    figure = figure_context(snapshot, "auto")
    assert "een deel van een andere waarde: " + part in str(figure["chart_svg"])
    assert part in [row["label"] for row in figure["table"]["rows"]]  # the table keeps it


def test_a_key_figure_takes_the_unit_of_its_row(seeded):
    snapshot = _snapshot("landelijk_nrm_kerncijfers", [2024])
    figure = key_figure_context(snapshot, year=2024, coords={"grootheid": "geschat_aantal_per_jaar"})
    assert figure["display"] == "5000" and figure["unit"] == "slachtoffers (schatting)"
    figure = key_figure_context(snapshot, year=2024, coords={"grootheid": "seksueel"})
    assert figure["unit"] == "procent van de slachtoffers"
