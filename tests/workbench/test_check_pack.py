"""check_pack: a pack is checked without loading it, every problem named by file and line."""

import io
import json
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from monitor.models import Observation, Table
from workbench.packs import DEFAULT_PACK, PackInvalid, read_pack


def _run(path) -> tuple[str, bool]:
    out = io.StringIO()
    try:
        call_command("check_pack", str(path), stdout=out)
    except CommandError:
        return out.getvalue(), False
    return out.getvalue(), True


def _line_of(path: Path, text: str, start: int = 0) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if n > start and text in line)


@pytest.fixture
def copy(tmp_path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(DEFAULT_PACK, target)
    return target


def test_a_misspelt_field_is_named_with_file_and_line(copy):
    plan = copy / "plan.yaml"
    line = _line_of(plan, "title: Regionale omgevingsscan naar seksuele uitbuiting")
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("    title: Regionale omgevingsscan", "    titel: Regionale omgevingsscan"))
    out, ok = _run(copy)
    assert not ok
    assert f"plan.yaml:{line}: onbekend veld 'titel'" in out
    assert "plan.yaml:" in out and "het veld 'title' ontbreekt." in out


def test_wrong_types_unknown_names_and_broken_yaml(copy):
    plan = copy / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace(
        "  - opgave: 1\n    title: Regionale omgevingsscan",
        "  - opgave: een\n    title: Regionale omgevingsscan",
    )
    text = text.replace(
        "uitbuiting aanwijzen\n    lead: RIEC Rotterdam\n", "uitbuiting aanwijzen\n    lead: RIEC Rotterdm\n"
    )
    plan.write_text(text, encoding="utf-8")
    tables = copy / "figures" / "tables.yaml"
    tables.write_text(
        tables.read_text(encoding="utf-8").replace("  partner: RCTM", "  partner: [RCTM"), encoding="utf-8"
    )
    with pytest.raises(PackInvalid) as caught:
        read_pack(copy)
    messages = [str(error) for error in caught.value.errors]
    opgave = _line_of(plan, "opgave: een")
    assert f"plan.yaml:{opgave}: 'opgave' hoort een geheel getal te zijn, niet 'een'." in messages
    lead = _line_of(plan, "lead: RIEC Rotterdm")
    assert (
        f"plan.yaml:{lead}: onbekende organisatie 'RIEC Rotterdm' (organisations.yaml of municipalities.csv)."
        in messages
    )
    broken = _line_of(tables, "partner: [RCTM")
    assert any(m.startswith(f"figures/tables.yaml:{broken + 1}: geen geldige YAML") for m in messages), (
        messages
    )
    assert len(messages) == 3, messages  # no follow-up errors from the tables that could not be read


def test_errors_in_figures_files_and_chapters_name_their_line(copy):
    figures = copy / "figures" / "cijfers" / "riec_casussen.csv"
    figures.write_text(
        figures.read_text(encoding="utf-8-sig").replace(
            "riec_casussen;2025;arbeid;2;", "riec_casussen;2025;arbied;twee;"
        ),
        encoding="utf-8",
    )
    chapter = next((copy / "content" / "chapters").glob("07-*.html"))
    chapter.write_text(
        chapter.read_text(encoding="utf-8").replace("table: riec_casussen", "table: riec_cases")
    )
    out, ok = _run(copy)
    assert not ok
    row = _line_of(figures, "arbied")
    assert (
        f"figures/cijfers/riec_casussen.csv:{row}: "
        "'arbied' is geen waarde van categorie in tabel riec_casussen." in out
    )
    block = _line_of(chapter, "riec_cases")
    assert (
        f"content/chapters/{chapter.name}:{block}: onbekende tabel 'riec_cases' (figures/tables.yaml)." in out
    )


def _small_pack(path: Path, total: int) -> Path:
    (path / "figures" / "cijfers").mkdir(parents=True)
    (path / "pack.yaml").write_text(
        "name: proef\ntitle: Proef\nreason: 'Pakket: proef'\nregion: {slug: proefregio, name: Proefregio}\n",
        encoding="utf-8",
    )
    (path / "organisations.yaml").write_text(
        "- short_name: Meldpunt\n  name: Het meldpunt\n  kind: partner\n", encoding="utf-8"
    )
    (path / "figures" / "partners.yaml").write_text("Meldpunt: Het meldpunt (proef)\n", encoding="utf-8")
    (path / "figures" / "tables.yaml").write_text(
        """\
- code: proef_meldingen
  title: Meldingen
  unit: meldingen
  partner: Meldpunt
  dimensions:
  - code: onderwerp
    label: Onderwerp
    values:
    - {code: a, label: A}
    - {code: b, label: B}
    - {code: totaal, label: Totaal, parts: [a, b]}
""",
        encoding="utf-8",
    )
    (path / "figures" / "cijfers" / "proef_meldingen.csv").write_text(
        f"tabel;jaar;onderwerp;waarde;voetnoot\nproef_meldingen;2025;a;3;\nproef_meldingen;2025;b;4;\n"
        f"proef_meldingen;2025;totaal;{total};1. Zoals gedrukt.\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.django_db
def test_a_figure_inconsistency_is_a_finding_at_its_row_and_nothing_is_loaded(tmp_path):
    out, ok = _run(_small_pack(tmp_path / "pack", total=9))
    assert ok, out
    assert (
        "figures/cijfers/proef_meldingen.csv:4: [fout] Meldingen 2025, Totaal: het afgedrukte totaal is 9"
        in out
    )
    assert "1 bevinding(en)" in out
    assert not Table.objects.exists() and not Observation.objects.exists()

    out, ok = _run(_small_pack(tmp_path / "consistent", total=7))
    assert ok and "0 bevinding(en)" in out


@pytest.mark.django_db
def test_json_lists_errors_and_findings(tmp_path):
    out = io.StringIO()
    call_command("check_pack", str(_small_pack(tmp_path / "pack", total=9)), "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["errors"] == []
    [finding] = report["findings"]
    assert (finding["file"], finding["line"], finding["severity"]) == (
        "figures/cijfers/proef_meldingen.csv",
        4,
        "fout",
    )
    assert finding["explained"] is False


def test_the_2025_pack_reads_without_problems():
    pack = read_pack(DEFAULT_PACK)
    assert len(pack.actions) == 30 and len(pack.tables) == 18 and len(pack.chapters) == 12
