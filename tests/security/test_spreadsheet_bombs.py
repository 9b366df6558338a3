"""Crafted spreadsheets (issue 10): a sheet that declares a million rows, a zip that unpacks to a
gigabyte, a CSV with endless columns or footnotes. Each is refused in Dutch within a second and stores
nothing. The files are generated here; none is committed."""

import io
import time
import zipfile

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from monitor.exchange import ImportFailed
from monitor.importing import import_figures
from monitor.models import Footnote, Observation

pytestmark = pytest.mark.django_db

SHEET = "xl/worksheets/sheet1.xml"
HEADER = ("tabel", "jaar", "grootheid", "waarde", "voetnoot")
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def state():
    return (
        sorted(Observation.objects.values_list("table__code", "year", "coord_key", "value", "version")),
        sorted(Footnote.objects.values_list("table__code", "year", "number", "text")),
    )


def _valid_xlsx() -> bytes:
    workbook = Workbook()
    workbook.active.append(HEADER)
    workbook.active.append(("om_zaken", 2026, "zaken", 3, ""))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_sheet(write_sheet, *, extra_members: int = 0) -> bytes:
    """A real workbook whose first sheet is replaced by what ``write_sheet(handle)`` streams."""
    source = zipfile.ZipFile(io.BytesIO(_valid_xlsx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == SHEET:
                with target.open(SHEET, "w", force_zip64=True) as handle:
                    write_sheet(handle)
            else:
                target.writestr(item, source.read(item.filename))
        for number in range(extra_members):
            target.writestr(f"xl/media/extra{number}.xml", "<x/>")
    return buffer.getvalue()


def _inline(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


HEADER_ROW = (
    b'<row r="1">' + b"".join(_inline(f"{c}1", h) for c, h in zip("ABCDE", HEADER, strict=True)) + b"</row>"
)


def declared_million_rows() -> bytes:
    """A few KB: the sheet declares A1:XFD1048576 and holds a cell in the last row and column."""

    def sheet(handle):
        handle.write(f'<worksheet {NS}><dimension ref="A1:XFD1048576"/><sheetData>'.encode())
        handle.write(HEADER_ROW)
        handle.write(b'<row r="1048576">' + _inline("XFD1048576", "x") + b"</row>")
        handle.write(b"</sheetData></worksheet>")

    return _with_sheet(sheet)


def undeclared_million_rows() -> bytes:
    """The same without the dimension: the reader may not trust a declaration either way."""

    def sheet(handle):
        handle.write(f'<worksheet {NS}><dimension ref="A1:E2"/><sheetData>'.encode())
        handle.write(HEADER_ROW)
        handle.write(b'<row r="1048576">' + _inline("A1048576", "om_zaken") + b"</row>")
        handle.write(b"</sheetData></worksheet>")

    return _with_sheet(sheet)


def unpacking_bomb(uncompressed: int) -> bytes:
    """Highly compressible rows: about 1/300 of ``uncompressed`` on disk (4.4 MB for 1.15 GB)."""
    row = b'<row><c t="inlineStr"><is><t>om_zaken</t></is></c></row>' * 1000

    def sheet(handle):
        handle.write(f"<worksheet {NS}><sheetData>".encode())
        written = 0
        while written < uncompressed:
            handle.write(row)
            written += len(row)
        handle.write(b"</sheetData></worksheet>")

    return _with_sheet(sheet)


def refused_quickly(content: bytes, filename: str, expected: str) -> None:
    before = state()
    started = time.process_time()  # this process's work, whatever else the machine runs
    with pytest.raises(ImportFailed) as caught:
        import_figures(content, filename=filename)
    assert time.process_time() - started < 1.0
    assert expected in str(caught.value)
    assert state() == before


def test_valid_xlsx_still_imports(seeded):
    import_figures(_valid_xlsx(), filename="cijfers.xlsx")
    assert Observation.objects.get(table__code="om_zaken", year=2026).value == 3


def test_sheet_declaring_a_million_rows_is_refused_within_a_second(seeded):
    content = declared_million_rows()
    assert len(content) < 10_000
    refused_quickly(content, "bom.xlsx", "Het werkblad is te groot")


def test_cell_far_beyond_a_small_declaration_is_refused(seeded):
    refused_quickly(undeclared_million_rows(), "bom.xlsx", "meer dan 50000 rijen")


def test_zip_that_unpacks_far_beyond_the_bound_is_refused_before_parsing(seeded, settings):
    # Scaled down for speed: the bound is a setting (default 50 MB); the bomb unpacks to 13 times it,
    # at the compression ratio of the 4.4 MB file that unpacked to 1.15 GB.
    settings.FIGURES_IMPORT_MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024
    content = unpacking_bomb(26 * 1024 * 1024)
    assert len(content) * 100 < 26 * 1024 * 1024
    refused_quickly(content, "bom.xlsx", "uitgepakt te groot")


def test_absurd_compression_ratio_is_refused(seeded):
    content = unpacking_bomb(30 * 1024 * 1024)  # within the 50 MB bound, but ~300 to 1
    refused_quickly(content, "bom.xlsx", "ongewoon sterk ingepakt")


def test_zip_with_too_many_members_is_refused(seeded):
    content = _with_sheet(lambda handle: handle.write(b"<worksheet/>"), extra_members=500)
    refused_quickly(content, "bom.xlsx", "te veel onderdelen")


def test_csv_with_endless_columns_is_refused(seeded):
    content = ";".join(HEADER).encode() + b"\nom_zaken;2026;zaken;1;" + b"1;" * 1_000_000 + b"\n"
    refused_quickly(content, "bom.csv", "meer dan 100 kolommen")


def test_csv_with_too_many_rows_is_refused(seeded, settings):
    settings.FIGURES_IMPORT_MAX_ROWS = 1000
    content = ";".join(HEADER).encode() + b"\n" + b";;;;\n" * 5000
    refused_quickly(content, "bom.csv", "meer dan 1000 rijen")


def test_csv_footnote_of_thousands_of_parts_is_refused(seeded):
    note = " | ".join(f"{number}. deel" for number in range(1, 5001))
    content = (";".join(HEADER) + f"\nom_zaken;2026;zaken;1;{note}\n").encode()
    refused_quickly(content, "bom.csv", "te veel voetnoten")


def test_footnote_number_beyond_the_integer_range_is_refused(seeded):
    content = (";".join(HEADER) + "\nom_zaken;2026;zaken;1;99999999999999999999999. tekst\n").encode()
    refused_quickly(content, "noot.csv", "voetnootnummer")


def test_command_line_refuses_the_bomb(seeded, tmp_path):
    path = tmp_path / "bom.xlsx"
    path.write_bytes(declared_million_rows())
    with pytest.raises(CommandError, match="Het werkblad is te groot"):
        call_command("import_figures", str(path))


def test_upload_of_the_bomb_is_refused_and_stores_nothing(client, essm_user):
    client.force_login(essm_user)
    before = state()
    upload = io.BytesIO(declared_million_rows())
    upload.name = "bom.xlsx"
    started = time.process_time()
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": upload}, follow=True)
    assert time.process_time() - started < 2.0
    assert "Het werkblad is te groot" in response.content.decode()
    assert state() == before


def test_upload_size_is_checked_before_the_file_is_read(client, essm_user, settings, monkeypatch):
    settings.FIGURES_IMPORT_MAX_BYTES = 1000
    client.force_login(essm_user)
    read = []
    from django.core.files.uploadedfile import InMemoryUploadedFile

    monkeypatch.setattr(InMemoryUploadedFile, "read", property(lambda self: read.append(1) or self.file.read))
    upload = io.BytesIO(b"tabel;jaar;grootheid;waarde\n" + b"om_zaken;2026;zaken;1\n" * 200)
    upload.name = "groot.csv"
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": upload}, follow=True)
    assert "Het bestand is te groot" in response.content.decode()
    assert read == []


# --- the people's template (issue 11): its hidden mapping and its many sheets are read, never trusted


def _template(edit=None) -> bytes:
    from openpyxl import load_workbook

    from monitor.models import Partner
    from monitor.partner_template import MAPPING_SHEET, build_template

    content = build_template(Partner.objects.get(organisation__short_name="ESSM"), 2026)
    if edit is None:
        return content
    workbook = load_workbook(io.BytesIO(content))
    edit(workbook[MAPPING_SHEET])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_workbook_with_too_many_sheets_is_refused(seeded):
    workbook = Workbook()
    workbook.active.append(HEADER)
    for number in range(60):
        workbook.create_sheet(f"blad {number}")
    buffer = io.BytesIO()
    workbook.save(buffer)
    refused_quickly(buffer.getvalue(), "bladen.xlsx", "te veel werkbladen (61; maximaal 50)")


def test_template_sheet_declaring_a_million_rows_is_refused(essm_user):
    source = zipfile.ZipFile(io.BytesIO(_template()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == SHEET:
                data = (
                    f'<worksheet {NS}><dimension ref="A1:XFD1048576"/><sheetData>'
                    f'<row r="1048576">{_inline("XFD1048576", "x").decode()}</row></sheetData></worksheet>'
                ).encode()
            target.writestr(item, data)
    refused_quickly(buffer.getvalue(), "sjabloon.xlsx", "Het werkblad is te groot")


@pytest.mark.parametrize(
    "edit",
    [
        lambda sheet: setattr(sheet["A2"], "value", "Een blad dat er niet is"),
        lambda sheet: setattr(sheet["B2"], "value", "XFD1048576"),
        lambda sheet: setattr(sheet["B2"], "value", "=A1"),
        lambda sheet: setattr(sheet["E2"], "value", "geen codes"),
        lambda sheet: setattr(sheet["A1"], "value", "iets anders"),
    ],
    ids=["missing-sheet", "far-cell", "formula-ref", "bad-cell-codes", "bad-header"],
)
def test_template_with_a_tampered_mapping_is_refused(essm_user, edit):
    refused_quickly(_template(edit), "sjabloon.xlsx", "Het sjabloon is beschadigd")


def test_template_mapping_naming_another_partners_table_stores_nothing(client, essm_user):
    def other_table(sheet):
        sheet["C2"].value, sheet["E2"].value = "avim_onderzoeken", "grootheid=gestart"

    client.force_login(essm_user)
    before = state()
    upload = io.BytesIO(_template(other_table))
    upload.name = "sjabloon.xlsx"
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": upload}, follow=True)
    assert "niet aanleveren" in response.content.decode()
    assert state() == before
