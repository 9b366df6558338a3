import json

import pytest
from django.core.management import call_command

from monitor.checks import run_checks
from monitor.models import JointReport, Table
from monitor.services import observation_write
from tests.factories import default_region

pytestmark = pytest.mark.django_db

HULP = "essm_hulpverlening_vorm_leeftijd"
HERKOMST = "essm_herkomstgemeente_traject"

# Every disagreement within the published 2025 monitor, worked out by hand from the seed text:
# (rule, severity, table, the cell (first of the finding), expected, found)
EXPECTED_2025 = {
    # Hulpverlening 2025: 34 + 143 + 11 + 21 = 209, printed "Totaal slachtoffers" 208.
    ("totaal", "fout", HULP, "leeftijd=totaal|traject=totaal", 209, 208),
    # Herkomst, preventief: 3+3+1+1+1+23+1+1+1 = 35 vs 34; Schiedam's report was made with
    # Vlaardingen (footnote 4) and counted under both: explained.
    ("totaal", "info", HERKOMST, "gemeente=totaal|traject=preventief", 35, 34),
    # Herkomst, seksueel: 1+4+1+1+1+1+1+121+2+1+4+1+1 = 140 vs 143 (joint reports make it 138).
    ("totaal", "fout", HERKOMST, "gemeente=totaal|traject=seksueel", 140, 143),
    # Herkomst, arbeid: 1 + 18 + 1 = 20 vs 21.
    ("totaal", "fout", HERKOMST, "gemeente=totaal|traject=arbeid", 20, 21),
    # Opvang in the text: 70 + 4 + 11 + 17 = 102 vs 113.
    ("totaal", "fout", "essm_opvang_tekst", "opvangtype=totaal", 102, 113),
    # Criminele uitbuiting: 11 in hulpverlening, 10 in herkomst and in opvang/ambulant.
    ("zelfde_grootheid", "fout", HULP, "leeftijd=totaal|traject=crimineel", 11, 10),
    # Meldpunt: brongemeenten 108 + 9 + 14 + 6 = 137 vs 139 meldingen mensenhandel (a warning: the
    # text does not say which total the breakdown belongs to).
    ("zelfde_grootheid", "waarschuwing", "essm_meldpunt_contacten", "onderwerp=mensenhandel", 139, 137),
    # Year on year: minderjarige slachtoffers seksuele uitbuiting 10 (2024) -> 23 (2025).
    ("jaarverschil", "waarschuwing", HULP, "leeftijd=onder_18|traject=seksueel", 10, 23),
}


def key(finding: dict) -> tuple:
    cell = finding["cells"][0] if finding["rule"] != "jaarverschil" else finding["cells"][1]
    coords = "|".join(f"{d}={c}" for d, c in sorted(cell["coords"].items()))
    return (
        finding["rule"],
        finding["severity"],
        finding["table"],
        coords,
        finding["expected"],
        finding["found"],
    )


def test_seed_2025_findings_are_exactly_the_disagreements(seeded):
    findings = [f.as_dict() for f in run_checks(2025, default_region())]
    assert {key(f) for f in findings} == EXPECTED_2025
    assert len(findings) == len(EXPECTED_2025)


def test_agreeing_figures_give_no_finding(seeded):
    """COSM 70 / Tosca 4 / Xarah 11 / 65 in the text agree with the opvang table; so do the form totals
    143 and 21, the meldpunt split 139 + 52 = 191 and the RIEC forms 5 + 2 + 1 + 3 = 11."""
    tables = {f.table for f in run_checks(2025, default_region())}
    assert "essm_opvang_ambulant" not in tables
    assert "riec_casussen" not in tables
    messages = " ".join(f.message for f in run_checks(2025, default_region()))
    assert "COSM" not in messages and "Tosca" not in messages


def test_joint_report_explains_and_is_named(seeded):
    finding = next(f for f in run_checks(2025, default_region()) if f.severity == "info")
    assert "Schiedam + Vlaardingen" in finding.explanation
    seksueel = next(f for f in run_checks(2025, default_region()) if f.found == 143)
    assert "138" in seksueel.explanation and "niet" in seksueel.explanation


def test_without_joint_report_the_difference_is_an_error(seeded):
    JointReport.objects.filter(footnote__number=4).delete()
    finding = next(f for f in run_checks(2025, default_region()) if f.expected == 35)
    assert finding.severity == "fout"


def test_missing_value_where_last_year_had_one(seeded):
    table = Table.objects.get(code="riec_casussen")
    observation_write(table=table, year=2025, coords={"categorie": "nieuw"}, value=None, reason="test")
    findings = [f for f in run_checks(2025, default_region()) if f.rule == "ontbreekt"]
    assert [(f.table, f.expected, f.found) for f in findings] == [(table.code, 4, None)]
    assert "geen waarde voor 2025" in findings[0].message


def test_small_table_total_and_year_change(table_factory):
    table = table_factory(dims={"vorm": ["a", "b", "totaal"]}, totals={"vorm": {"totaal": ["a", "b"]}})
    for year, (a, b, total) in {2024: (10, 10, 20), 2025: (40, 10, 49)}.items():
        for code, value in zip(["a", "b", "totaal"], [a, b, total], strict=True):
            observation_write(table=table, year=year, coords={"vorm": code}, value=value, reason="test")
    findings = {(f.rule, f.expected, f.found) for f in run_checks(2025, default_region())}
    assert findings == {("totaal", 50, 49), ("jaarverschil", 10, 40), ("jaarverschil", 20, 49)}
    assert run_checks(2024, default_region()) == []


def test_check_figures_command_json(seeded, capsys):
    call_command("check_figures", "--year", "2025", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert len(data) == len(EXPECTED_2025)
    assert {"table", "year", "cells", "expected", "found", "message", "severity", "explanation"} <= set(
        data[0]
    )
