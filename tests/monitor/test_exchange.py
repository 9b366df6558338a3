import io
import re

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from monitor.exchange import ImportFailed, export_rows, neutralise, write_csv, write_xlsx
from monitor.importing import import_figures
from monitor.models import Delivery, Footnote, Observation

pytestmark = pytest.mark.django_db


def state():
    return sorted(Observation.objects.values_list("table__code", "year", "coord_key", "value", "version"))


def exported(fmt: str, year: int = 2025) -> bytes:
    columns, rows = export_rows(year)
    return write_csv(columns, rows) if fmt == "csv" else write_xlsx(columns, rows)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_into_empty_database(seeded, fmt):
    content = {year: exported(fmt, year) for year in (2023, 2024, 2025)}
    before = sorted(Observation.objects.values_list("table__code", "year", "coord_key", "value"))
    notes = sorted(Footnote.objects.values_list("table__code", "number", "text", "observation__coord_key"))
    Observation.objects.all().delete()
    Footnote.objects.all().delete()
    for data in content.values():  # the deliveries are published: putting figures back is a correction
        import_figures(data, filename=f"cijfers.{fmt}", correction="Teruggezet uit de export")
    after = sorted(Observation.objects.values_list("table__code", "year", "coord_key", "value"))
    assert after == before
    assert (
        sorted(Footnote.objects.values_list("table__code", "number", "text", "observation__coord_key"))
        == notes
    )


def test_reimport_changes_nothing(seeded):
    before = state()
    result = import_figures(exported("csv"), filename="x.csv")
    assert (result.created, result.changed, result.unchanged) == (0, 0, result.rows)
    assert state() == before


def test_comma_separator_without_bom_and_dry_run(seeded):
    content = b"tabel,jaar,grootheid,waarde,voetnoot\nom_zaken,2026,zaken,31,\n"
    before = state()
    result = import_figures(content, dry_run=True)
    assert (result.created, result.dry_run) == (1, True)
    assert state() == before
    import_figures(content)
    assert Observation.objects.get(table__code="om_zaken", year=2026).value == 31


def test_import_command(seeded, tmp_path, capsys):
    path = tmp_path / "f.csv"
    path.write_bytes("\ufefftabel;jaar;grootheid;waarde\nom_zaken;2026;zaken;\n".encode())
    call_command("import_figures", str(path), "--dry-run")
    assert "Proef" in capsys.readouterr().out
    assert not Observation.objects.filter(year=2026).exists()
    call_command("import_figures", str(path))
    assert Observation.objects.get(table__code="om_zaken", year=2026).value is None


def test_export_command(seeded, tmp_path):
    call_command("export_figures", "--year", "2025", "--output", str(tmp_path / "f.xlsx"))
    sheet = load_workbook(tmp_path / "f.xlsx").worksheets[0]
    header = [c.value for c in next(sheet.iter_rows())]
    assert header[:2] == ["tabel", "jaar"] and header[-2:] == ["waarde", "voetnoot"]
    assert {"uitbuitingsvorm", "leeftijd", "gemeente", "traject", "opvangtype"} <= set(header)


HEADER = "tabel;jaar;grootheid;waarde;voetnoot\n"
BAD = {
    "onbekende tabel": (HEADER + "bestaat_niet;2026;zaken;1;\n", "Rij 2, kolom 'tabel'"),
    "onbekende waarde": (HEADER + "om_zaken;2026;bestaat_niet;1;\n", "Rij 2, kolom 'grootheid'"),
    "negatief": (HEADER + "om_zaken;2026;zaken;-1;\n", "negatief"),
    "breuk": (HEADER + "om_zaken;2026;zaken;1,5;\n", "geen geheel getal"),
    "tekst": (HEADER + "om_zaken;2026;zaken;veel;\n", "Rij 2, kolom 'waarde'"),
    "dubbel": (HEADER + "om_zaken;2026;zaken;1;\nom_zaken;2026;zaken;2;\n", "Rij 3: dubbele rij"),
    "kolom mist": ("tabel;jaar;grootheid\nom_zaken;2026;zaken\n", "kolom 'waarde'"),
    "dimensiekolom mist": ("tabel;jaar;waarde\nom_zaken;2026;1\n", "kolom 'grootheid'"),
    "jaar": (HEADER + "om_zaken;twee;zaken;1;\n", "kolom 'jaar'"),
    "leeg": ("", "leeg"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_stores_nothing(seeded, case):
    text, expected = BAD[case]
    # A good row first: it must not be stored either.
    if text.startswith(HEADER):
        text = HEADER + "om_zaken;2026;verdachten;5;\n" + text[len(HEADER) :]
        expected = expected.replace("Rij 2", "Rij 3").replace("Rij 3: dubbele", "Rij 4: dubbele")
    before = state()
    with pytest.raises(ImportFailed) as error:
        import_figures(text.encode())
    assert expected in str(error.value)
    assert state() == before


def test_wrong_encoding(seeded):
    before = state()
    with pytest.raises(ImportFailed, match="geen UTF-8"):
        import_figures((HEADER + "om_zaken;2026;zaken;1;Één\n").encode("cp1252"))
    assert state() == before


def test_too_large(seeded, settings):
    settings.FIGURES_IMPORT_MAX_BYTES = 100
    before = state()
    with pytest.raises(ImportFailed, match="te groot"):
        import_figures((HEADER + "om_zaken;2026;zaken;1;\n" * 10).encode())
    assert state() == before


def test_xlsx_fraction_is_refused(seeded):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["tabel", "jaar", "grootheid", "waarde"])
    sheet.append(["om_zaken", 2026, "zaken", 2.5])
    buffer = io.BytesIO()
    workbook.save(buffer)
    before = state()
    with pytest.raises(ImportFailed, match="Rij 2, kolom 'waarde'"):
        import_figures(buffer.getvalue(), filename="f.xlsx")
    assert state() == before


def test_command_reports_error_in_dutch(seeded, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(HEADER + "om_zaken;2026;zaken;-4;\n")
    with pytest.raises(CommandError, match="Niets opgeslagen"):
        call_command("import_figures", str(path))


def test_formula_injection_is_neutralised():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("-2") == "'-2"
    assert neutralise("gewone tekst") == "gewone tekst"
    content = write_csv(["tabel", "voetnoot"], [{"tabel": "x", "voetnoot": '=HYPERLINK("x")'}]).decode(
        "utf-8-sig"
    )
    assert "'=HYPERLINK" in content
    sheet = load_workbook(io.BytesIO(write_xlsx(["voetnoot"], [{"voetnoot": "+31"}]))).worksheets[0]
    assert sheet["A2"].value == "'+31"


def test_import_as_datapartner_is_scoped_again(essm_user):
    before = state()
    content = b"tabel;jaar;grootheid;waarde\navim_onderzoeken;2026;gestart;9\n"
    with pytest.raises(ImportFailed, match="niet aanleveren"):
        import_figures(content, user=essm_user, year=2026)
    with pytest.raises(ImportFailed, match="geen open aanlevering"):
        import_figures(
            b"tabel;jaar;onderwerp;waarde\nessm_meldpunt_contacten;2025;totaal;1\n", user=essm_user, year=2025
        )
    assert state() == before
    import_figures(
        b"tabel;jaar;onderwerp;waarde\nessm_meldpunt_contacten;2026;totaal;200\n", user=essm_user, year=2026
    )
    obs = Observation.objects.get(
        table__code="essm_meldpunt_contacten", year=2026, coord_key="onderwerp=totaal"
    )
    assert obs.value == 200 and obs.history.latest().history_user == essm_user


def test_empty_nameless_columns_are_ignored_but_not_their_data(seeded):
    import_figures(b"tabel;jaar;grootheid;waarde;;\nom_zaken;2026;zaken;3;;\n")
    assert Observation.objects.get(table__code="om_zaken", year=2026, coord_key="grootheid=zaken").value == 3
    before = state()
    with pytest.raises(ImportFailed, match="Rij 2, kolom '#5'"):
        import_figures(b"tabel;jaar;grootheid;waarde;\nom_zaken;2026;zaken;4;x\n")
    assert state() == before


# Figures of a validated or published delivery change only as a correction with a reason, also from
# the command line (the rule of monitor.services.observation_correct).


def _om_zaken(year: int) -> Observation:
    return Observation.objects.get(table__code="om_zaken", year=year, coord_key="grootheid=zaken")


def test_command_refuses_to_overwrite_published_figures(seeded, tmp_path):
    published = Delivery.objects.get(partner__organisation__short_name="OM Rotterdam", year=2025)
    assert published.status == Delivery.Status.PUBLISHED
    path = tmp_path / "f.csv"
    path.write_text(HEADER + "om_zaken;2025;zaken;31;\nom_zaken;2026;zaken;5;\n")
    before = state()
    with pytest.raises(CommandError) as refused:
        call_command("import_figures", str(path))
    message = str(refused.value)
    assert "Niets opgeslagen" in message
    assert f"De aanlevering {published.partner} 2025 is gepubliceerd" in message
    assert '--correctie "<reden>"' in message
    assert refused.value.returncode != 0
    assert state() == before  # all or nothing: the open 2026 row is not stored either
    with pytest.raises(CommandError, match="is gepubliceerd"):
        call_command("import_figures", str(path), "--dry-run")


def test_command_refuses_validated_figures_too(seeded, tmp_path):
    om = Delivery.objects.filter(partner__organisation__short_name="OM Rotterdam", year=2026)
    assert om.update(status=Delivery.Status.VALIDATED) == 1
    import_figures(b"tabel;jaar;grootheid;waarde\nom_zaken;2026;zaken;3\n", correction="Eerste cijfer")
    path = tmp_path / "f.csv"
    path.write_text(HEADER + "om_zaken;2026;zaken;4;\n")
    with pytest.raises(
        CommandError, match=re.escape(f"De aanlevering {om.get().partner} 2026 is gevalideerd")
    ):
        call_command("import_figures", str(path))
    assert _om_zaken(2026).value == 3


def test_command_corrects_published_figures_with_the_reason_on_record(seeded, tmp_path, capsys):
    path = tmp_path / "f.csv"
    path.write_text(HEADER + "om_zaken;2025;zaken;31;\n")
    call_command("import_figures", str(path), "--correctie", "Telfout in de aanlevering")
    assert "1 gewijzigd" in capsys.readouterr().out
    figure = _om_zaken(2025)
    assert figure.value == 31
    assert figure.history.latest().history_change_reason == (
        "Correctie 2025 (gepubliceerd): Telfout in de aanlevering"
    )


def test_unchanged_published_figures_may_be_in_the_file(seeded, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(HEADER + f"om_zaken;2025;zaken;{_om_zaken(2025).value};\n")
    call_command("import_figures", str(path))


def test_a_datapartner_cannot_correct(essm_user):
    with pytest.raises(ImportFailed, match="Alleen een beheerder"):
        import_figures(
            b"tabel;jaar;onderwerp;waarde\nessm_meldpunt_contacten;2025;totaal;1\n",
            user=essm_user,
            year=2025,
            correction="Ik weet het beter",
        )
