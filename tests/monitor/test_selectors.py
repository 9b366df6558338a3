import json

import pytest

from monitor import selectors, services
from monitor.models import Delivery, Table
from tests.factories import observation_version
from tests.monitor.conftest import delivery

pytestmark = pytest.mark.django_db


def test_snapshot_shape(seeded):
    table = Table.objects.get(code="essm_herkomstgemeente_traject")
    snapshot = selectors.table_snapshot(table, [2025])
    json.dumps(snapshot)
    assert snapshot["code"] == table.code
    assert snapshot["years"] == [2025]
    assert [d["code"] for d in snapshot["dimensions"]] == ["gemeente", "traject"]
    gemeente = snapshot["dimensions"][0]["values"]
    assert gemeente[-1] == {
        "code": "totaal",
        "label": "Totaal slachtoffers",
        "is_total": True,
        "parts": [v["code"] for v in gemeente[:-1]],
    }
    capelle = next(
        c
        for c in snapshot["cells"]
        if c["coords"] == {"gemeente": "capelle_aan_den_ijssel", "traject": "seksueel"}
    )
    assert capelle == {
        "year": 2025,
        "coords": {"gemeente": "capelle_aan_den_ijssel", "traject": "seksueel"},
        "value": 1,
        "display": "1",
        "status": "ok",
        "is_total": False,
        "footnotes": [3],
    }
    # The source's notes 3-5, then the quality notes on the totals the checks find (monitor.quality).
    assert [n["number"] for n in snapshot["footnotes"]] == [3, 4, 5, 6, 7, 8, 9]
    assert len(snapshot["joint_reports"]) == 3
    assert snapshot["disclosure_threshold"] is None


def test_lost_chart_cells_display_niet_beschikbaar(seeded):
    snapshot = selectors.table_snapshot(Table.objects.get(code="avim_aangiftes"), [2025])
    assert {(c["value"], c["display"], c["status"]) for c in snapshot["cells"]} == {
        (None, "niet beschikbaar", "missing")
    }


def test_public_snapshot_hides_unvalidated_figures(seeded, beheerder):
    table = Table.objects.get(code="om_zaken")
    services.observation_set(
        table=table,
        year=2026,
        coords={"grootheid": "zaken"},
        value=31,
        user=beheerder,
        expected_version=observation_version(table, 2026, {"grootheid": "zaken"}),
    )
    public = selectors.table_snapshot(table, [2025, 2026])
    cell = next(c for c in public["cells"] if c["year"] == 2026)
    assert (cell["value"], cell["display"], cell["status"]) == (None, "niet beschikbaar", "missing")
    assert next(c for c in public["cells"] if c["year"] == 2025)["value"] == 30
    internal = selectors.table_snapshot(table, [2026], public=False)
    assert internal["cells"][0]["value"] == 31
    Delivery.objects.filter(partner=table.partner, year=2026).update(status=Delivery.Status.VALIDATED)
    assert selectors.table_snapshot(table, [2026])["cells"][0]["value"] == 31


def test_disclosure_applied_on_public_only(table_factory):
    table = table_factory(
        dims={"vorm": ["a", "b", "c", "totaal"]}, totals={"vorm": {"totaal": ["a", "b", "c"]}}
    )
    table.disclosure_threshold = 5
    table.save()
    delivery(table.partner, 2025, Delivery.Status.PUBLISHED)
    for code, value in {"a": 2, "b": 10, "c": 12, "totaal": 24}.items():
        services.observation_write(table=table, year=2025, coords={"vorm": code}, value=value, reason="t")
    public = {c["coords"]["vorm"]: c for c in selectors.table_snapshot(table, [2025])["cells"]}
    assert public["a"]["value"] is None and public["a"]["display"] != "2"
    internal = {
        c["coords"]["vorm"]: c for c in selectors.table_snapshot(table, [2025], public=False)["cells"]
    }
    assert internal["a"]["value"] == 2


def _fill(table, years, size):
    for year in years:
        for i in range(size):
            services.observation_write(table=table, year=year, coords={"vorm": f"v{i}"}, value=i, reason="t")


def test_snapshot_query_count_is_constant(table_factory, django_assert_max_num_queries):
    small = table_factory(dims={"vorm": [f"v{i}" for i in range(3)]})
    big = table_factory(dims={"vorm": [f"v{i}" for i in range(40)]})
    delivery(small.partner, 2025, Delivery.Status.PUBLISHED)
    delivery(big.partner, 2025, Delivery.Status.PUBLISHED)
    _fill(small, [2025], 3)
    _fill(big, [2023, 2024, 2025], 40)
    with django_assert_max_num_queries(9) as small_queries:
        selectors.table_snapshot(small, [2025])
    with django_assert_max_num_queries(9) as big_queries:
        selectors.table_snapshot(big, [2023, 2024, 2025])
    assert len(small_queries.captured_queries) == len(big_queries.captured_queries)


def test_tables_for_year_and_partner(seeded):
    codes_2024 = set(selectors.tables_for_year(2024).values_list("code", flat=True))
    assert codes_2024 == {
        "landelijk_comensha_slachtoffers",
        "landelijk_nrm_trends",
        "landelijk_nrm_kerncijfers",
        "essm_hulpverlening_vorm_leeftijd",
        "riec_casussen",
    }
    riec = Table.objects.get(code="riec_casussen").partner
    assert list(selectors.partner_tables(riec).values_list("code", flat=True)) == ["riec_casussen"]


def test_edition_tables_2025(seeded):
    years = {table.code: table_years for table, table_years in selectors.edition_tables(2025)}
    assert len(years) == 18
    assert years["essm_hulpverlening_vorm_leeftijd"] == [2023, 2024, 2025]
    assert years["landelijk_comensha_slachtoffers"] == [2024]
    assert years["riec_casussen"] == [2024, 2025]
    assert years["essm_herkomstgemeente_traject"] == [2025]
