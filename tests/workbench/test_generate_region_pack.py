"""generate_region_pack: a fictional region's pack, generated from the Rotterdam pack, reproducible,
sound (check_pack), with the same tables and nothing of the source's names or figures."""

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command

from workbench.packs import DEFAULT_PACK, read_pack
from workbench.packs.check import check_pack

COMMITTED = settings.BASE_DIR / "packs" / "voorbeeldregio-2025"
ARGS = ["--slug", "voorbeeldregio", "--name", "Voorbeeldregio (fictief)", "--seed", "0"]


def _generate(out: Path, *args: str, source: Path = DEFAULT_PACK) -> Path:
    call_command(
        "generate_region_pack", str(out), *(args or ARGS), "--from", str(source), stdout=io.StringIO()
    )
    return out


def _files(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def _figures(path: Path) -> dict[tuple, str]:
    cells = {}
    for file in sorted((path / "figures" / "cijfers").glob("*.csv")):
        rows = csv.reader(io.StringIO(file.read_text(encoding="utf-8-sig")), delimiter=";")
        header = next(rows)
        for row in rows:
            data = dict(zip(header, row, strict=True))
            coords = tuple(
                sorted((k, v) for k, v in data.items() if k not in ("tabel", "jaar", "waarde", "voetnoot"))
            )
            cells[(data["tabel"], data["jaar"], coords)] = data["waarde"]
    return cells


def _by_table_year(cells: dict) -> dict[tuple, list[str]]:
    grouped: dict[tuple, list[str]] = {}
    for (table, year, _coords), value in cells.items():
        grouped.setdefault((table, year), []).append(value)
    return {key: sorted(values) for key, values in grouped.items()}


def test_the_committed_pack_is_what_the_generator_writes(tmp_path):
    generated = _generate(tmp_path / "pack")
    assert _files(generated) == _files(COMMITTED)
    # Generating over an earlier pack gives the same files (nothing stale is left).
    (generated / "figures" / "cijfers" / "stale.csv").write_text("tabel;jaar;waarde\n", encoding="utf-8")
    assert _files(_generate(generated)) == _files(COMMITTED)


@pytest.mark.django_db
def test_the_generated_pack_passes_check_pack_with_every_finding_explained():
    report = check_pack(COMMITTED)
    assert report.errors == []
    assert all(finding.explained for finding in report.findings), [f.message for f in report.findings]
    # The joint reports' double counts are the only findings, and they are explained as such.
    assert {finding.key.split(":")[0] for finding in report.findings} <= {"totaal"}


def test_the_pack_marks_a_fictional_region_and_has_the_source_shape():
    meta = yaml.safe_load((COMMITTED / "pack.yaml").read_text(encoding="utf-8"))
    assert meta["region"]["slug"] == "voorbeeldregio"
    assert meta["region"]["name"] == "Voorbeeldregio (fictief)"
    assert meta["region"]["is_fictional"] is True
    assert meta["region"]["tokens"]["primary"].startswith("#")
    source, pack = read_pack(DEFAULT_PACK), read_pack(COMMITTED)
    assert [t["code"] for t in pack.tables] == [t["code"] for t in source.tables]
    assert [[d["code"] for d in t["dimensions"]] for t in pack.tables] == [
        [d["code"] for d in t["dimensions"]] for t in source.tables
    ]
    assert len(pack.municipalities) == len(source.municipalities)
    assert all(re.fullmatch(r"VB\d{4}", m["cbs_code"]) for m in pack.municipalities)
    assert len(pack.actions) == len(source.actions) and len(pack.outlook) == len(source.outlook)
    assert [o["number"] for o in pack.opgaven] == [o["number"] for o in source.opgaven]
    assert sorted(a["role"] for a in pack.accounts) == sorted(a["role"] for a in source.accounts)
    assert all(a["username"].startswith("voorbeeldregio-") for a in pack.accounts)
    assert {p.kind for p in pack.pages} == {p.kind for p in source.pages}
    # Every page says that the region is invented.
    assert all("fictie" in p.body or "verzonnen" in p.body for p in pack.pages)
    # The same cells as the source (same years and dimension values, place names aside).
    assert len(_figures(COMMITTED)) == len(_figures(DEFAULT_PACK))


def test_no_name_of_the_source_is_in_the_generated_pack():
    source = read_pack(DEFAULT_PACK)
    names = {m["name"] for m in source.municipalities} | {
        "Rotterdam",
        "Rijnmond",
        "Zuid-Holland",
        "Tosca",
        "Xarah",
    }
    names |= {o["short_name"] for o in source.organisations} | {o["name"] for o in source.organisations}
    text = "\n".join(content.decode("utf-8") for content in _files(COMMITTED).values())
    found = {name for name in names if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w])", text)}
    assert found == set()
    assert "GM0" not in text


def test_the_figures_are_invented_not_read_from_the_source(tmp_path):
    """The source's numbers are never read: a source with other numbers gives the same pack."""
    altered = tmp_path / "source"
    shutil.copytree(DEFAULT_PACK, altered)
    for file in (altered / "figures" / "cijfers").glob("*.csv"):
        lines = file.read_text(encoding="utf-8-sig").splitlines()
        changed = [lines[0]] + [
            re.sub(r";(\d+);([^;]*)$", lambda m: f";{int(m.group(1)) * 3 + 7};", line) for line in lines[1:]
        ]
        file.write_text("\n".join(changed) + "\n", encoding="utf-8")
    assert _files(_generate(tmp_path / "a", source=altered)) == _files(COMMITTED)
    # And no table's year carries the source's numbers.
    ours, theirs = _by_table_year(_figures(COMMITTED)), _by_table_year(_figures(DEFAULT_PACK))
    assert ours.keys() == theirs.keys()
    assert [key for key in ours if ours[key] == theirs[key]] == []
    assert all(_figures(COMMITTED).values())  # every cell has an invented number


def test_another_seed_gives_other_figures_and_names(tmp_path):
    other = _generate(tmp_path / "b", "--slug", "proefregio", "--name", "Proefregio (fictief)", "--seed", "7")
    assert _figures(other) != _figures(COMMITTED)
    pack = read_pack(other)
    assert pack.municipalities[0]["cbs_code"] == f"VB{7 * 23 + 1:04d}"  # each seed its own run of codes
    assert {m["name"] for m in pack.municipalities} != {
        m["name"] for m in read_pack(COMMITTED).municipalities
    }
    assert pack.accounts[0]["username"] == "proefregio-beheerder"
